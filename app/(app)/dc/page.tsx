// The supply-chain manager's DC console: one distribution centre's open fulfilment orders (?node=
// chooses the DC, the first one by default), how many wait at each stage (?status= filters), a
// page at a time (?cursor=); each row opens the same work screen as the store tablet.
import { forbidden, notFound } from "next/navigation";
import { DcConsoleLive, DcLocalTime } from "@/components/dc/dc-console-live";
import { DcPicker } from "@/components/dc/dc-picker";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { dcConsoleInputSchema, getDcConsole, type DcConsole } from "@/lib/fulfillment";
import { getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function DcPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("fulfillment.dc.view", "/dc");
  const { t } = await getTranslator();
  const sp = await searchParams;
  const node = dcConsoleInputSchema.shape.node.safeParse(first(sp.node));
  if (!node.success) notFound();
  // A hand-edited stage or cursor shows all open work from the first page rather than an error.
  const status = dcConsoleInputSchema.shape.status.safeParse(first(sp.status));
  const cursor = dcConsoleInputSchema.shape.cursor.safeParse(first(sp.cursor));
  const input = { node: node.data, status: status.success ? status.data : undefined, cursor: cursor.success ? cursor.data : undefined };

  let dc: DcConsole;
  try {
    dc = await getDcConsole(await getDb(), actor, input);
  } catch (e) {
    if (e instanceof ForbiddenError) forbidden();
    if (e instanceof NotFoundError) {
      if (!input.node) {
        return (
          <>
            <PageHeader title={t("dc.title")} />
            <EmptyState title={t("dc.noDcs")}>{t("dc.noDcsHint")}</EmptyState>
          </>
        );
      }
      notFound();
    }
    throw e;
  }
  const page = input.cursor ?? null;

  return (
    <>
      <PageHeader
        title={`${t("dc.title")} · ${dc.dc.name}`}
        description={<DcLocalTime initialData={dc} cursor={page} />}
        actions={dc.dcs.length > 1 ? <DcPicker dcs={dc.dcs} current={dc.dc.code} t={t} /> : null}
      />
      <DcConsoleLive initialData={dc} cursor={page} />
    </>
  );
}
