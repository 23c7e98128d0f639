// A node's holidays as a table (date, name, closed or special hours), in the node's local time.
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, type Locale, type Translate } from "@/lib/i18n/client";
import type { Holiday } from "@/lib/nodes/client";

export function HolidaysTable({ holidays, timeZone, today, t, locale }: { holidays: Holiday[]; timeZone: string; today: string; t: Translate; locale: Locale }) {
  if (holidays.length === 0) return <p className="text-sm text-slate-600">{t("nodesAdmin.holidays.empty")}</p>;
  return (
    <Table label={t("nodesAdmin.holidays.tableLabel", { zone: timeZone })} className="max-w-2xl">
      <thead>
        <tr>
          <Th>{t("nodesAdmin.holidays.columns.date")}</Th>
          <Th>{t("nodesAdmin.holidays.columns.name")}</Th>
          <Th>{t("nodesAdmin.holidays.columns.hours")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {holidays.map((h) => {
          const past = h.date < today;
          return (
            <tr key={h.date} className={past ? "text-slate-600" : undefined}>
              <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-medium tabular-nums text-slate-800">
                {/* Noon UTC of the date names the same calendar day in every zone of the network. */}
                {formatDate(new Date(`${h.date}T12:00:00Z`), locale, "UTC")}
                {past ? <span className="ml-2 text-xs font-normal text-slate-600">({t("nodesAdmin.holidays.past")})</span> : null}
              </th>
              <Td>{h.name}</Td>
              <Td className="tabular-nums">{h.hours.length === 0 ? t("nodesAdmin.holidays.closed") : h.hours.map(([o, c]) => `${o}–${c}`).join(", ")}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
