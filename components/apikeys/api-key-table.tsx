// The API keys list: what each key is for, how to recognise it, who created it, when it was last
// used, and its revocation (who, when, why). Active keys have a revoke button.
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { ApiKeyListItem } from "@/lib/apikeys";
import { DISPLAY_TIME_ZONE, formatDateTime, type Locale, type Translate } from "@/lib/i18n/client";
import { RevokeApiKeyButton } from "./revoke-api-key-dialog";

/** Node codes listed before the rest are folded. */
const NODES_SHOWN = 3;

export function ApiKeyTable({ keys, t, locale }: { keys: ApiKeyListItem[]; t: Translate; locale: Locale }) {
  const when = (d: Date) => formatDateTime(d, locale, DISPLAY_TIME_ZONE);
  return (
    <Table label={t("apikeys.tableLabel")}>
      <thead>
        <tr>
          <Th>{t("apikeys.columns.name")}</Th>
          <Th>{t("apikeys.columns.scope")}</Th>
          <Th>{t("apikeys.columns.usedFor")}</Th>
          <Th>{t("apikeys.columns.prefix")}</Th>
          <Th>{t("apikeys.columns.created")}</Th>
          <Th>{t("apikeys.columns.lastUsed")}</Th>
          <Th>{t("apikeys.columns.status")}</Th>
          <Th>
            <span className="sr-only">{t("apikeys.columns.actions")}</span>
          </Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {keys.map((k) => (
          <tr key={k.id} id={`key-${k.id}`} className={k.revokedAt ? "bg-slate-50" : undefined}>
            <Td className="font-medium text-slate-900">
              {/* Where the focus lands once the key is revoked (its revoke button is gone). */}
              <span id={`key-name-${k.id}`} tabIndex={-1} className="outline-none">
                {k.name}
              </span>
            </Td>
            <Td>{t(`apikeys.scope.${k.scope}`)}</Td>
            <Td>
              {k.scope === "CHANNEL" ? (
                k.channel ? t(`orders.channel.${k.channel}`) : "—"
              ) : k.nodes.length <= NODES_SHOWN ? (
                k.nodes.map((n) => n.code).join(", ")
              ) : (
                <details>
                  <summary className="cursor-pointer">
                    {k.nodes
                      .slice(0, NODES_SHOWN)
                      .map((n) => n.code)
                      .join(", ")}{" "}
                    {t("apikeys.moreNodes", { count: k.nodes.length - NODES_SHOWN })}
                  </summary>
                  <p className="mt-1 max-w-xs text-xs text-slate-700">{k.nodes.map((n) => n.code).join(", ")}</p>
                </details>
              )}
            </Td>
            <Td>
              <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">{k.prefix}…</code>
            </Td>
            <Td className="whitespace-nowrap">
              <span className="tabular-nums">{when(k.createdAt)}</span>
              <span className="block text-xs text-slate-600">{k.createdBy ? t("apikeys.createdBy", { name: k.createdBy }) : t("apikeys.unknownUser")}</span>
            </Td>
            <Td className="whitespace-nowrap tabular-nums">{k.lastUsedAt ? when(k.lastUsedAt) : <span className="text-slate-600">{t("apikeys.never")}</span>}</Td>
            {/* A revoked key has no action: its revocation takes the action column too. */}
            <Td colSpan={k.revokedAt ? 2 : 1}>
              {k.revokedAt ? (
                <>
                  <Badge tone="danger">{t("apikeys.revoked")}</Badge>
                  <span className="mt-1 block text-xs text-slate-700">
                    {t("apikeys.revokedOn", { date: when(k.revokedAt) })}
                    {k.revokedBy ? ` ${t("apikeys.revokedBy", { name: k.revokedBy })}` : ""}
                  </span>
                  {k.revokeReason ? <span className="block max-w-xs text-xs text-slate-700">{t("apikeys.reasonLabel", { reason: k.revokeReason })}</span> : null}
                </>
              ) : (
                <Badge tone="success">{t("apikeys.active")}</Badge>
              )}
            </Td>
            {k.revokedAt ? null : (
              <Td>
                {/* Not text-right: the revoke dialog opens inside this cell and would inherit it. */}
                <div className="flex justify-end">
                  <RevokeApiKeyButton apiKey={{ id: k.id, name: k.name, prefix: k.prefix }} />
                </div>
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
