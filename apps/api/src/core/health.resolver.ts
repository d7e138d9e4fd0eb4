import { Query, Resolver } from "type-graphql";

@Resolver()
export class HealthResolver {
  @Query(() => String, { description: "Version de l'API (sert aussi de sonde)" })
  apiVersion(): string {
    return "0.1.0";
  }
}
