"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { useI18n } from "@/components/i18n/i18n-provider";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!email.trim() || !password) {
      setError(t("common.login.required"));
      return;
    }
    setPending(true);
    setError(null);
    const res = await signIn("credentials", { email, password, redirect: false });
    setPending(false);
    if (!res || res.error) {
      setError(t("common.login.invalid"));
      return;
    }
    router.replace(callbackUrl ?? "/");
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <Field id="email" label={t("common.login.email")}>
        {(p) => <input {...p} type="email" autoComplete="username" className={inputClass(!!error)} value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <Field id="password" label={t("common.login.password")}>
        {(p) => (
          <input {...p} type="password" autoComplete="current-password" className={inputClass(!!error)} value={password} onChange={(e) => setPassword(e.target.value)} />
        )}
      </Field>
      <Button type="submit" className="w-full" size="touch" disabled={pending}>
        {pending ? t("common.login.submitting") : t("common.login.submit")}
      </Button>
    </form>
  );
}
