// Users as an admin manages them, filterable by name/e-mail, role and status (filters in the URL).
import Link from "next/link";
import { ActiveBadge } from "@/components/admin/capability-badges";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/admin/filter-bar";
import { pickParams, type SearchParams } from "@/components/admin/search-params";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";
import { Table, Td, Th } from "@/components/ui/table";
import { ROLES, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { DISPLAY_TIME_ZONE, formatDateTime, formatNumber, getTranslator } from "@/lib/i18n";
import { listUsers, listUsersSchema } from "@/lib/users";

export const dynamic = "force-dynamic";

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("user.manage", "/admin/users");
  const { t, locale } = await getTranslator();
  const raw = pickParams(await searchParams, ["q", "role", "status"] as const);
  const filters = listUsersSchema.safeParse(raw).success ? raw : {};
  const { items, total } = await listUsers(await getDb(), actor, filters);
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <PageHeader title={t("admin.users.title")} description={t("admin.users.description")} actions={<LinkButton href="/admin/users/new">{t("admin.users.newUser")}</LinkButton>} />
      <FilterBar label={t("admin.users.filtersLabel")} action="/admin/users" applyLabel={t("admin.common.apply")} resetLabel={t("admin.common.reset")}>
        <FilterSearch id="filter-q" name="q" label={t("admin.users.search")} hint={t("admin.users.searchHint")} value={filters.q} />
        <FilterSelect
          id="filter-role"
          name="role"
          label={t("admin.users.role")}
          value={filters.role}
          options={[{ value: "", label: t("admin.users.allRoles") }, ...ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))]}
        />
        <FilterSelect
          id="filter-status"
          name="status"
          label={t("admin.users.status")}
          value={filters.status}
          options={[
            { value: "", label: t("admin.users.allStatuses") },
            { value: "active", label: t("admin.common.active") },
            { value: "inactive", label: t("admin.common.inactive") },
          ]}
        />
      </FilterBar>
      <p className="mb-2 text-sm text-slate-700" aria-live="polite">
        {t("admin.users.count", { count: formatNumber(total, locale) })}
      </p>
      {items.length === 0 ? (
        <EmptyState title={filtered ? t("admin.users.emptyFiltered") : t("admin.users.empty")}>
          {filtered ? t("admin.users.emptyFilteredHint") : t("admin.users.emptyHint")}
        </EmptyState>
      ) : (
        <Table label={t("admin.users.tableLabel")}>
          <thead>
            <tr>
              <Th>{t("admin.users.columns.name")}</Th>
              <Th>{t("admin.users.columns.email")}</Th>
              <Th>{t("admin.users.columns.role")}</Th>
              <Th>{t("admin.users.columns.store")}</Th>
              <Th>{t("admin.users.columns.active")}</Th>
              <Th>{t("admin.users.columns.lastLogin")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((u) => (
              <tr key={u.id}>
                <Td>
                  <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {u.name}
                  </Link>
                </Td>
                <Td>{u.email}</Td>
                <Td>{t(`admin.roles.${u.role}`)}</Td>
                <Td>{u.store ? `${u.store.code} · ${u.store.name}` : <span className="text-slate-600">—</span>}</Td>
                <Td>
                  <ActiveBadge active={u.active} t={t} />
                </Td>
                <Td className="tabular-nums">{u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale, DISPLAY_TIME_ZONE) : <span className="text-slate-600">{t("admin.users.never")}</span>}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
