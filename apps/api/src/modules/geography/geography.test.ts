import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { ok } from "../../test/organisation-fixtures.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ referentials: false });
});
afterAll(async () => {
  await api?.close();
});

describe("geography", () => {
  it("lists the 18 regions and the 101 departments", async () => {
    const data = await ok(api, `{ regions { code name } departments { code } }`);
    expect(data.regions).toHaveLength(18);
    expect(data.regions).toContainEqual({ code: "53", name: "Bretagne" });
    expect(data.departments).toHaveLength(101);
  });

  it("lists the departments of one region, each with its region", async () => {
    const data = await ok(api, `{ departments(regionCode: "94") { code name regionCode region { name } } }`);
    expect(data.departments).toEqual([
      { code: "2A", name: "Corse-du-Sud", regionCode: "94", region: { name: "Corse" } },
      { code: "2B", name: "Haute-Corse", regionCode: "94", region: { name: "Corse" } },
    ]);
  });

  it("refuses an unknown region", async () => {
    const res = await api.gql(`{ departments(regionCode: "99") { code } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [{ field: "regionCode", message: "Cette région n'existe pas." }],
    });
  });
});
