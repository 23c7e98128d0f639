// The network's nodes, filterable by type, capability and text (filters live in the URL).
import Link from "next/link";
import { ActiveBadge, CapabilityBadges } from "@/components/admin/capability-badges";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/admin/filter-bar";
import { pickParams, type SearchParams } from "@/components/admin/search-params";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";
import { Table, Td, Th } from "@/components/ui/table";
import { can, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { formatNumber, getTranslator } from "@/lib/i18n";
import { CAPABILITIES, listNodes, listNodesSchema } from "@/lib/nodes";

export const dynamic = "force-dynamic";

export default async function NodesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("node.view", "/admin/nodes");
  const { t, locale } = await getTranslator();
  const raw = pickParams(await searchParams, ["type", "capability", "q"] as const);
  // A hand-edited URL with an unknown filter value shows everything rather than an error page.
  const filters = listNodesSchema.safeParse(raw).success ? raw : {};
  const { items, total } = await listNodes(await getDb(), actor, filters);
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <PageHeader
        title={t("admin.nodes.title")}
        description={t("admin.nodes.description")}
        actions={
          can(actor.role, "node.edit") ? (
            <div className="flex flex-wrap gap-2">
              <LinkButton href="/admin/nodes/new">{t("nodesAdmin.newNode")}</LinkButton>
              <LinkButton variant="secondary" href="/admin/nodes/import">
                {t("nodesAdmin.importNodes")}
              </LinkButton>
            </div>
          ) : null
        }
      />
      <FilterBar label={t("admin.nodes.filtersLabel")} action="/admin/nodes" applyLabel={t("admin.common.apply")} resetLabel={t("admin.common.reset")}>
        <FilterSelect
          id="filter-type"
          name="type"
          label={t("admin.nodes.type")}
          value={filters.type}
          options={[{ value: "", label: t("admin.nodes.allTypes") }, ...(["DC", "STORE"] as const).map((v) => ({ value: v, label: t(`admin.nodeTypes.${v}`) }))]}
        />
        <FilterSelect
          id="filter-capability"
          name="capability"
          label={t("admin.nodes.capability")}
          value={filters.capability}
          options={[{ value: "", label: t("admin.nodes.anyCapability") }, ...CAPABILITIES.map((c) => ({ value: c, label: t(`admin.capabilities.${c}`) }))]}
        />
        <FilterSearch id="filter-q" name="q" label={t("admin.nodes.search")} hint={t("admin.nodes.searchHint")} value={filters.q} />
      </FilterBar>

      <p className="mb-2 text-sm text-slate-700" aria-live="polite">
        {t("admin.nodes.count", { count: formatNumber(total, locale) })}
      </p>
      {items.length === 0 ? (
        <EmptyState title={filtered ? t("admin.nodes.emptyFiltered") : t("admin.nodes.empty")}>
          {filtered ? t("admin.nodes.emptyFilteredHint") : t("admin.nodes.emptyHint")}
        </EmptyState>
      ) : (
        <Table label={t("admin.nodes.tableLabel")}>
          <thead>
            <tr>
              <Th>{t("admin.nodes.columns.code")}</Th>
              <Th>{t("admin.nodes.columns.name")}</Th>
              <Th>{t("admin.nodes.columns.type")}</Th>
              <Th>{t("admin.nodes.columns.city")}</Th>
              <Th>{t("admin.nodes.columns.country")}</Th>
              <Th>{t("admin.nodes.columns.capabilities")}</Th>
              <Th className="text-right">{t("admin.nodes.columns.capacity")}</Th>
              <Th>{t("admin.nodes.columns.timeZone")}</Th>
              <Th>{t("admin.nodes.columns.active")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((n) => (
              <tr key={n.id}>
                <Td className="whitespace-nowrap font-mono">
                  <Link href={`/admin/nodes/${encodeURIComponent(n.code)}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {n.code}
                  </Link>
                </Td>
                <Td>{n.name}</Td>
                <Td>{t(`admin.nodeTypes.${n.type}`)}</Td>
                <Td>{n.city}</Td>
                <Td>{n.country}</Td>
                <Td>
                  <CapabilityBadges capabilities={n.capabilities} t={t} />
                </Td>
                <Td className="text-right tabular-nums">{formatNumber(n.dailyCapacity, locale)}</Td>
                <Td>{n.timeZone}</Td>
                <Td>
                  <ActiveBadge active={n.active} t={t} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
