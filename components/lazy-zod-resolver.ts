import type { FieldValues, Resolver } from "react-hook-form";
import type { ZodType } from "zod";

/**
 * zodResolver(schema), with the schema (and zod, about 45 KB compressed) fetched on the form's
 * first validation instead of with the page: a form validates on submit, then as the user
 * corrects. Pages with a form reach their first paint and become usable without it. `load`
 * is an import(), so the bundler splits the schema's module off:
 * `lazyZodResolver(() => import("@/lib/validations/auth").then((m) => m.signInSchema))`.
 * A failed fetch (a connection lost) is tried again at the next validation.
 */
export function lazyZodResolver<Input extends FieldValues, Output = Input>(load: () => Promise<ZodType<Output, Input>>): Resolver<Input, unknown, Output> {
  let loading: Promise<Resolver<Input, unknown, Output>> | undefined;
  return async (values, context, options) => {
    loading ??= Promise.all([import("@hookform/resolvers/zod"), load()]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema) as Resolver<Input, unknown, Output>,
    );
    const resolver = await loading.catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return resolver(values, context, options);
  };
}
