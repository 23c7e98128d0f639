"use client";
// Creating an API key: a name, a scope, and the channel (for a sales channel's key) or the nodes
// (for a warehouse or store system's key). Once created, the key itself is shown here, once, with a
// copy button: it is not stored, so leaving the page loses it for good.
import { useEffect, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { createApiKeyAction } from "@/app/(app)/admin/keys/actions";
import { FormRefusalAlert } from "@/components/admin/form-refusal";
import { useAdminAction } from "@/components/admin/action-errors";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button, LinkButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import type { ApiKeyScope, Channel } from "@/generated/prisma/enums";
import { API_KEY_CHANNELS, API_KEY_SCOPES, createApiKeySchema, type CreatedApiKey, type KeyNodeChoice } from "@/lib/apikeys/client";

interface Values {
  name: string;
  scope: ApiKeyScope;
  channel: Channel | "";
  nodeIds: string[];
}

export function CreateApiKeyForm({ nodes }: { nodes: KeyNodeChoice[] }) {
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  if (created) return <CreatedKey created={created} />;
  return <KeyForm nodes={nodes} onCreated={setCreated} />;
}

function KeyForm({ nodes, onCreated }: { nodes: KeyNodeChoice[]; onCreated: (key: CreatedApiKey) => void }) {
  const { t } = useI18n();
  const form = useZodForm<typeof createApiKeySchema, Values>(createApiKeySchema, { defaultValues: { name: "", scope: "CHANNEL", channel: "", nodeIds: [] } });
  const errors = form.formState.errors;
  const { run, pending, refusal, bannerRef } = useAdminAction(form);
  const [scope, nodeIds] = useWatch({ control: form.control, name: ["scope", "nodeIds"] });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await run(createApiKeyAction, {
      name: values.name,
      scope: values.scope,
      channel: values.scope === "CHANNEL" ? values.channel : null,
      nodeIds: values.scope === "FULFILLMENT" ? values.nodeIds : [],
    });
    if (result.ok) onCreated(result.data);
  });
  const groups = [
    { type: "DC" as const, label: t("apikeys.form.dcs") },
    { type: "STORE" as const, label: t("apikeys.form.stores") },
  ];
  const nodesError = errors.nodeIds?.message ?? (errors.nodeIds as { root?: { message?: string } } | undefined)?.root?.message;
  return (
    <form noValidate className="max-w-2xl space-y-5" onSubmit={onSubmit}>
      <div ref={bannerRef} tabIndex={-1} className="outline-none">
        <FormRefusalAlert refusal={refusal} />
      </div>
      <Field id="key-name" label={t("apikeys.form.name")} hint={t("apikeys.form.nameHint")} error={errors.name?.message}>
        {(p) => <input {...p} {...form.register("name")} autoComplete="off" className={inputClass(!!p["aria-invalid"], "max-w-md")} />}
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("apikeys.form.scope")}</legend>
        {API_KEY_SCOPES.map((s) => (
          <label key={s} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              value={s}
              {...form.register("scope", {
                // Only the chosen scope's target is sent: clear the other one's.
                onChange: () => {
                  form.setValue("channel", "");
                  form.setValue("nodeIds", []);
                  form.clearErrors(["channel", "nodeIds"]);
                },
              })}
              className="mt-1"
              aria-describedby={`key-scope-${s}-hint`}
            />
            <span>
              <span className="font-medium text-slate-900">{t(`apikeys.scope.${s}`)}</span>
              <span id={`key-scope-${s}-hint`} className="block text-slate-600">
                {t(`apikeys.scopeHint.${s}`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {scope === "CHANNEL" ? (
        <Field id="key-channel" label={t("apikeys.form.channel")} error={errors.channel?.message}>
          {(p) => (
            <select {...p} {...form.register("channel")} className={inputClass(!!p["aria-invalid"], "max-w-sm")}>
              <option value="">{t("apikeys.form.chooseChannel")}</option>
              {API_KEY_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`orders.channel.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <fieldset aria-describedby={`key-nodes-hint${nodesError ? " key-nodes-error" : ""}`} aria-invalid={nodesError ? true : undefined} className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">
            {t("apikeys.form.nodes")} <span className="font-normal text-slate-600">({t("apikeys.form.selectedNodes", { count: nodeIds?.length ?? 0 })})</span>
          </legend>
          <p id="key-nodes-hint" className="text-xs text-slate-600">
            {t("apikeys.form.nodesHint")}
          </p>
          {nodesError ? (
            <p id="key-nodes-error" className="text-sm text-red-700">
              {nodesError}
            </p>
          ) : null}
          <div className={`grid max-h-80 gap-4 overflow-y-auto rounded-md border p-3 sm:grid-cols-2 ${nodesError ? "border-red-600" : "border-slate-300"}`}>
            {groups.map((g) => (
              <div key={g.type}>
                <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">{g.label}</p>
                <ul className="space-y-1">
                  {nodes
                    .filter((n) => n.type === g.type)
                    .map((n) => (
                      <li key={n.id}>
                        <label className="flex items-center gap-2 text-sm">
                          <input type="checkbox" value={n.id} {...form.register("nodeIds")} />
                          <span>
                            <span className="font-medium">{n.code}</span> · {n.name}
                            {n.active ? null : <span className="text-slate-600"> ({t("apikeys.form.inactive")})</span>}
                          </span>
                        </label>
                      </li>
                    ))}
                </ul>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("apikeys.form.creating") : t("apikeys.form.create")}
        </Button>
        <LinkButton variant="secondary" href="/admin/keys">
          {t("apikeys.form.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}

function CreatedKey({ created }: { created: CreatedApiKey }) {
  const { t } = useI18n();
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // The panel replaces the form: say so to keyboard and screen-reader users by moving there.
  useEffect(() => heading.current?.focus(), []);
  async function copyKey() {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopy("copied");
    } catch {
      input.current?.select();
      setCopy("failed");
    }
  }
  return (
    <section aria-labelledby="key-created-title" className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="key-created-title" ref={heading} tabIndex={-1} className="text-lg font-semibold text-slate-900 outline-none">
        {t("apikeys.created.title")}
      </h2>
      <Alert tone="warning">{t("apikeys.created.warning")}</Alert>
      <div className="space-y-1">
        <label htmlFor="created-key" className="block text-sm font-medium text-slate-800">
          {t("apikeys.created.keyLabel", { name: created.name })}
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id="created-key"
            ref={input}
            readOnly
            value={created.key}
            onFocus={(e) => e.currentTarget.select()}
            aria-describedby="created-key-usage"
            className={inputClass(false, "min-w-0 flex-1 font-mono")}
          />
          <Button type="button" onClick={copyKey}>
            {t("apikeys.created.copy")}
          </Button>
        </div>
        <p id="created-key-usage" className="text-xs text-slate-600">
          {t("apikeys.created.usage")}
        </p>
        <p role="status" aria-live="polite" className="text-sm text-slate-800">
          {copy === "copied" ? t("apikeys.created.copied") : copy === "failed" ? t("apikeys.created.copyFailed") : ""}
        </p>
      </div>
      <LinkButton href="/admin/keys" variant="secondary">
        {t("apikeys.created.done")}
      </LinkButton>
    </section>
  );
}
