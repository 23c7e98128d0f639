// A node's opening hours as a table, one row per weekday, in the node's local time.
import { Table, Td, Th } from "@/components/ui/table";
import { WEEKDAYS, type OpeningHours } from "@/lib/nodes/client";
import type { Translate } from "@/lib/i18n/client";

export function OpeningHoursTable({ hours, timeZone, t }: { hours: OpeningHours; timeZone: string; t: Translate }) {
  return (
    <>
      <p className="mb-2 text-sm text-slate-600">{t("admin.node.hoursCaption", { zone: timeZone })}</p>
      <Table label={t("admin.node.hoursCaption", { zone: timeZone })} className="max-w-xl">
        <thead>
          <tr>
            <Th>{t("admin.node.day")}</Th>
            <Th>{t("admin.node.openHours")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {WEEKDAYS.map((d) => (
            <tr key={d}>
              <th scope="row" className="px-3 py-2 text-left font-medium text-slate-800">
                {t(`admin.weekdays.${d}`)}
              </th>
              <Td className="tabular-nums">
                {hours[d].length === 0 ? <span className="text-slate-600">{t("admin.node.closed")}</span> : hours[d].map(([o, c]) => `${o}–${c}`).join(", ")}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
