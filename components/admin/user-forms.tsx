"use client";
// The admin's user forms: create a user, change role and store, deactivate or reactivate. Each form
// validates with its command's own schema (the one the server action parses), keeps what was typed
// on a refusal and shows each field's problem next to it, in the admin's language (the server's
// field errors land on the same fields).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { changeUserAccessAction, createUserAction, setUserActiveAction } from "@/app/(app)/admin/users/actions";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button, LinkButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import type { Role } from "@/generated/prisma/enums";
import { changeUserAccessSchema, createUserSchema, setUserActiveSchema } from "@/lib/users/client";
import { useAdminAction } from "./action-errors";
import { FormRefusalAlert } from "./form-refusal";

const ROLES: Role[] = ["AGENT", "STORE_ASSOCIATE", "SUPPLY_CHAIN", "ADMIN"];

export interface StoreChoice {
  id: string;
  code: string;
  name: string;
}

interface RoleStoreValues {
  role: Role | "";
  storeId: string;
}

function RoleStoreFields({ idPrefix, stores, form }: { idPrefix: string; stores: StoreChoice[]; form: object }) {
  const { t } = useI18n();
  // The two fields every user form with a role has; typed loosely here so each form keeps its own values.
  const f = form as UseFormReturn<RoleStoreValues>;
  const [role, storeId] = useWatch({ control: f.control, name: ["role", "storeId"] });
  const errors = f.formState.errors;
  const needsStore = role === "STORE_ASSOCIATE";
  return (
    <>
      <Field id={`${idPrefix}-role`} label={t("admin.userForm.role")} error={errors.role?.message}>
        {(p) => (
          <select
            {...p}
            {...f.register("role", {
              // A store only makes sense for associates: clear it rather than let the server refuse.
              onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
                if (e.target.value !== "STORE_ASSOCIATE") f.setValue("storeId", "");
              },
            })}
            className={inputClass(!!p["aria-invalid"], "max-w-sm")}
          >
            <option value="">{t("admin.userForm.chooseRole")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`admin.roles.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${idPrefix}-store`} label={t("admin.userForm.store")} hint={t("admin.userForm.storeHint")} error={errors.storeId?.message}>
        {(p) => (
          <select {...p} {...f.register("storeId")} className={inputClass(!!p["aria-invalid"], "max-w-sm")} disabled={!needsStore && !storeId}>
            <option value="">{needsStore ? t("admin.user.chooseStore") : t("admin.user.noStore")}</option>
            {stores.map((s) => (
              <option key={s.id} value={s.id}>
                {s.code} · {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

interface CreateUserValues extends RoleStoreValues {
  name: string;
  email: string;
  password: string;
}

export function CreateUserForm({ stores }: { stores: StoreChoice[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const form = useZodForm<typeof createUserSchema, CreateUserValues>(createUserSchema, { defaultValues: { name: "", email: "", role: "", storeId: "", password: "" } });
  const errors = form.formState.errors;
  const { run, pending: sending, refusal: serverRefusal, bannerRef: actionBanner } = useAdminAction(form);
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await run(createUserAction, { ...values, storeId: values.storeId ?? null });
    if (result.ok) router.push(`/admin/users/${result.data.id}?created=1`);
  });
  return (
    <form noValidate className="max-w-xl space-y-4" onSubmit={onSubmit}>
      <div ref={actionBanner} tabIndex={-1} className="outline-none">
        <FormRefusalAlert refusal={serverRefusal} />
      </div>
      <Field id="user-name" label={t("admin.userForm.name")} error={errors.name?.message}>
        {(p) => <input {...p} {...form.register("name")} autoComplete="off" className={inputClass(!!p["aria-invalid"])} />}
      </Field>
      <Field id="user-email" label={t("admin.userForm.email")} error={errors.email?.message}>
        {(p) => <input {...p} {...form.register("email")} type="email" autoComplete="off" className={inputClass(!!p["aria-invalid"])} />}
      </Field>
      <RoleStoreFields idPrefix="user" stores={stores} form={form} />
      <Field id="user-password" label={t("admin.userForm.password")} hint={t("admin.userForm.passwordHint")} error={errors.password?.message}>
        {(p) => <input {...p} {...form.register("password")} type="password" autoComplete="new-password" className={inputClass(!!p["aria-invalid"])} />}
      </Field>
      <div className="flex gap-3">
        <Button type="submit" disabled={sending}>
          {sending ? t("admin.userForm.creating") : t("admin.userForm.create")}
        </Button>
        <LinkButton variant="secondary" href="/admin/users">
          {t("admin.common.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}

export function UserAccessForm({ user, stores }: { user: { id: string; version: number; role: Role; storeId: string | null }; stores: StoreChoice[] }) {
  const { t } = useI18n();
  const router = useRouter();
  // The user and version checked with the rest are sent as the page has them now (a save or a
  // conflict re-reads the page).
  const form = useZodForm<typeof changeUserAccessSchema, RoleStoreValues & { userId: string; version: number }>(changeUserAccessSchema, {
    defaultValues: { userId: user.id, version: user.version, role: user.role, storeId: user.storeId ?? "" },
  });
  const { run, pending: sending, refusal: serverRefusal, bannerRef: actionBanner, focusBanner } = useAdminAction(form);
  const [notice, setNotice] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await run(changeUserAccessAction, { userId: user.id, version: user.version, role: values.role, storeId: values.storeId ?? null });
    if (!result.ok) return;
    setNotice(t("admin.user.accessSaved"));
    focusBanner();
    router.refresh();
  });
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      <div ref={actionBanner} tabIndex={-1} className="outline-none">
        {serverRefusal ? <FormRefusalAlert refusal={serverRefusal} /> : notice ? <Alert tone="success">{notice}</Alert> : null}
      </div>
      <RoleStoreFields idPrefix="access" stores={stores} form={form} />
      <Button type="submit" disabled={sending}>
        {sending ? t("admin.common.saving") : t("admin.user.saveAccess")}
      </Button>
    </form>
  );
}

export function UserStatusForm({ user, isSelf }: { user: { id: string; version: number; active: boolean }; isSelf: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const form = useZodForm<typeof setUserActiveSchema, { userId: string; version: number; active: boolean; reason: string }>(setUserActiveSchema, {
    defaultValues: { userId: user.id, version: user.version, active: !user.active, reason: "" },
  });
  const { run, pending: sending, refusal: serverRefusal, bannerRef: actionBanner, focusBanner } = useAdminAction(form);
  const [notice, setNotice] = useState<string | null>(null);
  const blocked = isSelf && user.active;
  const onSubmit = form.handleSubmit(async ({ reason }) => {
    setNotice(null);
    const result = await run(setUserActiveAction, { userId: user.id, version: user.version, active: !user.active, reason: reason || undefined });
    if (!result.ok) return;
    form.reset();
    setNotice(t("admin.user.statusSaved"));
    focusBanner();
    router.refresh();
  });
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      <div ref={actionBanner} tabIndex={-1} className="outline-none">
        {serverRefusal ? <FormRefusalAlert refusal={serverRefusal} /> : notice ? <Alert tone="success">{notice}</Alert> : null}
      </div>
      <p className="text-sm text-slate-800">{user.active ? t("admin.user.activeText") : t("admin.user.inactiveText")}</p>
      {blocked ? (
        <p className="text-sm text-slate-700">{t("admin.user.selfNote")}</p>
      ) : (
        <>
          <Field id="status-reason" label={t("admin.user.reason")} hint={t("admin.user.reasonHint")} error={form.formState.errors.reason?.message}>
            {(p) => <input {...p} {...form.register("reason")} className={inputClass(!!p["aria-invalid"])} maxLength={500} />}
          </Field>
          <Button type="submit" variant={user.active ? "danger" : "primary"} disabled={sending}>
            {sending ? t("admin.common.saving") : user.active ? t("admin.user.deactivate") : t("admin.user.reactivate")}
          </Button>
        </>
      )}
    </form>
  );
}
