import { ApolloError } from "@apollo/client/core";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { mapGraphqlErrors, useGraphqlErrors } from "./useGraphqlErrors.ts";

const NET = "réseau";
const UNEXPECTED = "inattendue";

function apolloError(...errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return new ApolloError({ graphQLErrors: errors.map((e) => new GraphQLError(e.message, { extensions: e.extensions })) });
}

describe("mapGraphqlErrors", () => {
  it("turns extensions.problems into field problems, with the API's French messages", () => {
    const e = apolloError({
      message: "Ce SIRET n'est pas valide (clé de contrôle incorrecte).",
      extensions: {
        code: "BAD_USER_INPUT",
        problems: [
          { field: "siret", message: "Ce SIRET n'est pas valide (clé de contrôle incorrecte)." },
          { field: "input.postalCode", message: "Ce code postal est celui du département 69 (Rhône), pas du 75." },
        ],
      },
    });
    expect(mapGraphqlErrors(e, NET, UNEXPECTED)).toEqual({
      code: "BAD_USER_INPUT",
      problems: [
        { field: "siret", message: "Ce SIRET n'est pas valide (clé de contrôle incorrecte)." },
        { field: "postalCode", message: "Ce code postal est celui du département 69 (Rhône), pas du 75." },
      ],
      general: [],
    });
  });

  it("keeps the line of every faulty line of an imported file", () => {
    const e = apolloError({
      message: "Fichier refusé",
      extensions: {
        code: "INVALID_IMPORT",
        problems: [
          { line: 3, field: "criterion_code", message: "Code invalide" },
          { line: 6, field: "criterion_title", message: "Intitulé manquant" },
        ],
      },
    });
    const mapped = mapGraphqlErrors(e, NET, UNEXPECTED);
    expect(mapped.code).toBe("INVALID_IMPORT");
    expect(mapped.problems.map((p) => p.line)).toEqual([3, 6]);
  });

  it("uses extensions.field when there is no problems list (a CONFLICT on a field)", () => {
    const e = apolloError({ message: "Ce SIRET est déjà enregistré.", extensions: { code: "CONFLICT", field: "siret" } });
    expect(mapGraphqlErrors(e, NET, UNEXPECTED).problems).toEqual([{ field: "siret", message: "Ce SIRET est déjà enregistré." }]);
  });

  it("makes an error tied to no field a general message", () => {
    const e = apolloError({ message: "Une version publiée ne peut pas être modifiée.", extensions: { code: "REFERENTIAL_IMMUTABLE" } });
    expect(mapGraphqlErrors(e, NET, UNEXPECTED)).toEqual({
      code: "REFERENTIAL_IMMUTABLE",
      problems: [],
      general: ["Une version publiée ne peut pas être modifiée."],
    });
  });

  it("reads the GraphQL errors of a 400 response, and says when the server cannot be reached", () => {
    const bad = new ApolloError({
      networkError: Object.assign(new Error("Response not successful"), {
        result: { errors: [{ message: "Variable invalide", extensions: { code: "BAD_USER_INPUT" } }] },
      }),
    });
    expect(mapGraphqlErrors(bad, NET, UNEXPECTED).general).toEqual(["Variable invalide"]);
    const down = new ApolloError({ networkError: new TypeError("Failed to fetch") });
    expect(mapGraphqlErrors(down, NET, UNEXPECTED)).toEqual({ code: "NETWORK", problems: [], general: [NET] });
  });
});

describe("useGraphqlErrors", () => {
  it("gives a message per field, a summary, and forgets a field's message once it is edited", () => {
    const errors = useGraphqlErrors();
    errors.capture(
      apolloError({
        message: "x",
        extensions: {
          code: "BAD_USER_INPUT",
          problems: [
            { field: "siret", message: "SIRET faux" },
            { field: "name", message: "Nom manquant" },
          ],
        },
      }),
    );
    expect(errors.fieldError("siret")).toBe("SIRET faux");
    expect(errors.summary.value).toHaveLength(2);
    errors.clearField("siret");
    expect(errors.fieldError("siret")).toBeUndefined();
    expect(errors.summary.value).toEqual([{ field: "name", message: "Nom manquant" }]);
    errors.clear();
    expect(errors.hasErrors.value).toBe(false);
  });
});
