import { computed, reactive, ref } from "vue";
import type { GraphqlErrors } from "./useGraphqlErrors.ts";

export interface FieldRule<V> {
  /** French message when the value is wrong (the shared validators of @clea/schema), else null. */
  check: (values: V) => string | null | undefined;
  /** Show the message while typing once this is true (e.g. 14 digits typed); otherwise on blur. */
  showWhen?: (values: V) => boolean;
}

/**
 * As-you-type validation with the same rules and messages as the API, merged with the API's own
 * field messages after a submit. A field shows its client message once it has been left (blur)
 * or is complete; the server message for a field goes away as soon as it is edited.
 */
export function useFormValidation<V extends object>(
  values: V,
  rules: Partial<Record<keyof V & string, FieldRule<V>>>,
  server: GraphqlErrors,
) {
  const touched = reactive(new Set<string>());
  const submitted = ref(false);

  const clientProblems = computed(() => {
    const out: Record<string, string> = {};
    for (const [field, rule] of Object.entries(rules) as [string, FieldRule<V> | undefined][]) {
      const message = rule?.check(values);
      if (message) out[field] = message;
    }
    return out;
  });

  function shown(field: string): boolean {
    const rule = (rules as Record<string, FieldRule<V> | undefined>)[field];
    return submitted.value || touched.has(field) || Boolean(rule?.showWhen?.(values));
  }

  /** The message to show next to a field, if any. */
  function message(field: keyof V & string): string | undefined {
    return server.fieldError(field) ?? (shown(field) ? clientProblems.value[field] : undefined);
  }

  function onInput(field: keyof V & string) {
    server.clearField(field);
  }
  function onBlur(field: keyof V & string) {
    touched.add(field);
  }

  /** On submit: true when the form may be sent; otherwise every problem shows. */
  function validate(): boolean {
    submitted.value = true;
    server.clear();
    return Object.keys(clientProblems.value).length === 0;
  }

  /** What the error summary lists: client problems once submitted, then the server's. */
  const summary = computed(() => {
    if (server.hasErrors.value) return server.summary.value;
    if (!submitted.value) return [];
    return Object.entries(clientProblems.value).map(([field, message]) => ({ field, message }));
  });

  /** After a successful save that keeps the form on screen (e.g. a request form emptied for the next one). */
  function reset() {
    submitted.value = false;
    touched.clear();
    server.clear();
  }

  return { message, onInput, onBlur, validate, reset, summary, clientProblems, touched };
}
