/** Decorator metadata before any test file imports a decorated class (whatever its import order). */
import "reflect-metadata";
