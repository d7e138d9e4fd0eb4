/**
 * Every resolver of the API, listed once. A feature adds its resolvers here.
 */
import { HealthResolver } from "./health.resolver.js";

export const resolvers: Function[] = [HealthResolver];
