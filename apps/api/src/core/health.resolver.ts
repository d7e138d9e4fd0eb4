import { Query, Resolver } from "type-graphql";
import { Public } from "./auth/guard.js";

@Resolver()
export class HealthResolver {
  @Public()
  @Query(() => String, { description: "Version de l'API (sert aussi de sonde)" })
  apiVersion(): string {
    return "0.1.0";
  }
}
