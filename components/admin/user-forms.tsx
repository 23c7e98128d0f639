"use client";
// The admin's user forms: create a user, change role and store, deactivate or reactivate.
// Every form keeps what was typed on an error and shows each field's problem next to it.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { changeUserAccessAction, createUserAction, setUserActiveAction } from "@/app/(app)/admin/users/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button, LinkButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import type { Role } from "@/generated/prisma/enums";
import type { ActionResult } from "@/lib/actions";
import type { FieldErrors } from "@/lib/errors";
import { actionErrorMessage, callAction, fieldMessage, type ActionError } from "./action-errors";

const ROLES: Role[] = ["AGENT", "STORE_ASSOCIATE", "SUPPLY_CHAIN", "ADMIN"];

export interface StoreChoice {
  id: string;
  code: string;
  name: string;
}

/** Error and success state shared by the forms, with focus moved to the message for screen readers. */
function useFormStatus() {
  const { t } = useI18n();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ActionError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  async function run<T>(call: () => Promise<ActionResult<T>>, onOk: (data: T) => void) {
    setPending(true);
    setNotice(null);
    const result = await callAction(call);
    setPending(false);
    if (result.ok) {
      setErrors({});
      setError(null);
      onOk(result.data);
    } else {
      setErrors(result.error.fields ?? {});
      setError(result.error);
      // The latest version number arrives with the page; what was typed stays in the form.
      if (result.error.code === "CONFLICT") router.refresh();
    }
    requestAnimationFrame(() => ref.current?.focus());
  }
  const banner = (
    <div ref={ref} tabIndex={-1} className="outline-none">
      {error ? <Alert tone="danger">{actionErrorMessage(t, error)}</Alert> : notice ? <Alert tone="success">{notice}</Alert> : null}
    </div>
  );
  return { t, errors, error, pending, run, banner, setNotice, err: (path: string) => fieldMessage(t, errors[path]) };
}

function RoleStoreFields({
  idPrefix,
  role,
  storeId,
  stores,
  onRole,
  onStore,
  err,
}: {
  idPrefix: string;
  role: Role | "";
  storeId: string;
  stores: StoreChoice[];
  onRole: (r: Role | "") => void;
  onStore: (s: string) => void;
  err: (path: string) => string | undefined;
}) {
  const { t } = useI18n();
  const needsStore = role === "STORE_ASSOCIATE";
  return (
    <>
      <Field id={`${idPrefix}-role`} label={t("admin.userForm.role")} error={err("role")}>
        {(p) => (
          <select
            {...p}
            className={inputClass(!!err("role"), "max-w-sm")}
            value={role}
            onChange={(e) => {
              const next = e.target.value as Role | "";
              onRole(next);
              // A store only makes sense for associates: clear it rather than let the server refuse.
              if (next !== "STORE_ASSOCIATE") onStore("");
            }}
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
      <Field id={`${idPrefix}-store`} label={t("admin.userForm.store")} hint={t("admin.userForm.storeHint")} error={err("storeId")}>
        {(p) => (
          <select {...p} className={inputClass(!!err("storeId"), "max-w-sm")} value={storeId} onChange={(e) => onStore(e.target.value)} disabled={!needsStore && !storeId}>
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

export function CreateUserForm({ stores }: { stores: StoreChoice[] }) {
  const router = useRouter();
  const { t, pending, run, banner, err } = useFormStatus();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role | "">("");
  const [storeId, setStoreId] = useState("");
  const [password, setPassword] = useState("");

  return (
    <form
      noValidate
      className="max-w-xl space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () => createUserAction({ name, email, role, storeId: storeId || null, password }),
          (data) => router.push(`/admin/users/${data.id}?created=1`),
        );
      }}
    >
      {banner}
      <Field id="user-name" label={t("admin.userForm.name")} error={err("name")}>
        {(p) => <input {...p} autoComplete="off" className={inputClass(!!err("name"))} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field id="user-email" label={t("admin.userForm.email")} error={err("email")}>
        {(p) => <input {...p} type="email" autoComplete="off" className={inputClass(!!err("email"))} value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <RoleStoreFields idPrefix="user" role={role} storeId={storeId} stores={stores} onRole={setRole} onStore={setStoreId} err={err} />
      <Field id="user-password" label={t("admin.userForm.password")} hint={t("admin.userForm.passwordHint")} error={err("password")}>
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass(!!err("password"))} value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("admin.userForm.creating") : t("admin.userForm.create")}
        </Button>
        <LinkButton variant="secondary" href="/admin/users">
          {t("admin.common.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}

export function UserAccessForm({ user, stores }: { user: { id: string; version: number; role: Role; storeId: string | null }; stores: StoreChoice[] }) {
  const router = useRouter();
  const { t, pending, run, banner, err, setNotice } = useFormStatus();
  const [role, setRole] = useState<Role | "">(user.role);
  const [storeId, setStoreId] = useState(user.storeId ?? "");
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () => changeUserAccessAction({ userId: user.id, version: user.version, role, storeId: storeId || null }),
          () => {
            setNotice(t("admin.user.accessSaved"));
            router.refresh();
          },
        );
      }}
    >
      {banner}
      <RoleStoreFields idPrefix="access" role={role} storeId={storeId} stores={stores} onRole={setRole} onStore={setStoreId} err={err} />
      <Button type="submit" disabled={pending}>
        {pending ? t("admin.common.saving") : t("admin.user.saveAccess")}
      </Button>
    </form>
  );
}

export function UserStatusForm({ user, isSelf }: { user: { id: string; version: number; active: boolean }; isSelf: boolean }) {
  const router = useRouter();
  const { t, pending, run, banner, err, setNotice } = useFormStatus();
  const [reason, setReason] = useState("");
  const blocked = isSelf && user.active;
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () => setUserActiveAction({ userId: user.id, version: user.version, active: !user.active, reason: reason || undefined }),
          () => {
            setReason("");
            setNotice(t("admin.user.statusSaved"));
            router.refresh();
          },
        );
      }}
    >
      {banner}
      <p className="text-sm text-slate-800">{user.active ? t("admin.user.activeText") : t("admin.user.inactiveText")}</p>
      {blocked ? (
        <p className="text-sm text-slate-700">{t("admin.user.selfNote")}</p>
      ) : (
        <>
          <Field id="status-reason" label={t("admin.user.reason")} hint={t("admin.user.reasonHint")} error={err("reason")}>
            {(p) => <input {...p} className={inputClass(!!err("reason"))} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />}
          </Field>
          <Button type="submit" variant={user.active ? "danger" : "primary"} disabled={pending}>
            {pending ? t("admin.common.saving") : user.active ? t("admin.user.deactivate") : t("admin.user.reactivate")}
          </Button>
        </>
      )}
    </form>
  );
}
