// The audit page's filters, a GET form: entity type, action and actor from what the trail holds,
// an entity id or code, and a range of days (Paris time).
import { FilterBar, FilterSelect } from "@/components/admin/filter-bar";
import { inputClass } from "@/components/ui/field";
import type { ActorType } from "@/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/client";
import { actionWords, entityTypeWords } from "./audit-words";

interface Choices {
  entityTypes: string[];
  actions: string[];
  actors: Array<{ value: string; name: string; type: ActorType }>;
}

export function AuditFilters({ values, choices, t }: { values: Partial<Record<"entityType" | "action" | "actor" | "entity" | "from" | "to", string>>; choices: Choices; t: Translate }) {
  return (
    <FilterBar label={t("audit.filters.label")} action="/admin/audit" applyLabel={t("audit.filters.apply")} resetLabel={t("audit.filters.reset")}>
      <FilterSelect
        id="audit-entity-type"
        name="entityType"
        label={t("audit.filters.entityType")}
        value={values.entityType}
        options={[{ value: "", label: t("audit.filters.anyEntityType") }, ...choices.entityTypes.map((type) => ({ value: type, label: entityTypeWords(t, type) }))]}
      />
      <FilterSelect
        id="audit-action"
        name="action"
        label={t("audit.filters.action")}
        value={values.action}
        options={[{ value: "", label: t("audit.filters.anyAction") }, ...choices.actions.map((action) => ({ value: action, label: actionWords(t, action) }))]}
      />
      <FilterSelect
        id="audit-actor"
        name="actor"
        label={t("audit.filters.actor")}
        value={values.actor}
        options={[{ value: "", label: t("audit.filters.anyActor") }, ...choices.actors.map((a) => ({ value: a.value, label: a.type === "USER" ? a.name : `${a.name} (${t(`audit.actorTypes.${a.type}`)})` }))]}
      />
      <div className="space-y-1">
        <label htmlFor="audit-entity" className="block text-sm font-medium text-slate-800">
          {t("audit.filters.entity")}
        </label>
        <input id="audit-entity" name="entity" type="search" defaultValue={values.entity ?? ""} placeholder={t("audit.filters.entityHint")} aria-describedby="audit-entity-hint" className={inputClass(false, "w-80")} />
        <p id="audit-entity-hint" className="sr-only">
          {t("audit.filters.entityHint")}
        </p>
      </div>
      {(["from", "to"] as const).map((name) => (
        <div key={name} className="space-y-1">
          <label htmlFor={`audit-${name}`} className="block text-sm font-medium text-slate-800">
            {t(`audit.filters.${name}`)}
          </label>
          <input id={`audit-${name}`} name={name} type="date" defaultValue={values[name] ?? ""} className={inputClass(false, "w-40")} />
        </div>
      ))}
    </FilterBar>
  );
}
