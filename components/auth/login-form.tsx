"use client";
// The sign-in form, validated with the schema the credentials login parses: each field's problem
// shows next to it on the first submit, in the visitor's language; wrong credentials are said once
// for both fields (which of the two was wrong is not told), too many failures lately too.
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { credentialsSchema, safeCallbackUrl } from "@/lib/auth/client";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const { t } = useI18n();
  const router = useRouter();
  // No default values: what was typed before the page hydrated is read from the inputs, not reset.
  const form = useZodForm(credentialsSchema);
  const errors = form.formState.errors;
  const [refused, setRefused] = useState<null | "invalid" | "throttled">(null);
  const [pending, setPending] = useState(false);

  const submit = form.handleSubmit(async ({ email, password }) => {
    setPending(true);
    setRefused(null);
    const res = await signIn("credentials", { email, password, redirect: false });
    setPending(false);
    if (!res || res.error) {
      setRefused(res?.error === "LOGIN_THROTTLED" ? "throttled" : "invalid");
      return;
    }
    router.replace(safeCallbackUrl(callbackUrl) ?? "/");
    router.refresh();
  });

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {refused ? <Alert tone="danger">{t(refused === "throttled" ? "common.login.throttled" : "common.login.invalid")}</Alert> : null}
      <Field id="email" label={t("common.login.email")} error={errors.email?.message}>
        {(p) => <input {...p} {...form.register("email")} type="email" autoComplete="username" className={inputClass(!!p["aria-invalid"] || refused === "invalid")} />}
      </Field>
      <Field id="password" label={t("common.login.password")} error={errors.password?.message}>
        {(p) => <input {...p} {...form.register("password")} type="password" autoComplete="current-password" className={inputClass(!!p["aria-invalid"] || refused === "invalid")} />}
      </Field>
      <Button type="submit" className="w-full" size="touch" disabled={pending}>
        {pending ? t("common.login.submitting") : t("common.login.submit")}
      </Button>
    </form>
  );
}
