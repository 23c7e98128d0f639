"use client";
// Single-key shortcuts for the agent's frequent actions. They never fire while the agent types in
// a field, holds a modifier, or has a dialog open.
import { useEffect, useRef } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { Key } from "@/lib/i18n/client";
import { ActionDialog } from "./action-dialog";

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function useShortcuts(keys: Record<string, (() => void) | undefined>) {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const run = latest.current[e.key];
      if (!run) return;
      e.preventDefault();
      run();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}

/** "/" jumps to the order search, as on most search-first tools. */
export function SearchShortcut({ inputId }: { inputId: string }) {
  useShortcuts({
    "/": () => {
      const input = document.getElementById(inputId);
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      }
    },
  });
  return null;
}

export interface ShortcutHelp {
  key: string;
  label: Key;
}

export function ShortcutsDialog({ open, onClose, shortcuts }: { open: boolean; onClose: () => void; shortcuts: ShortcutHelp[] }) {
  const { t } = useI18n();
  return (
    <ActionDialog open={open} onClose={onClose} title={t("orders.actions.shortcuts.title")} description={t("orders.actions.shortcuts.description")}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {shortcuts.map((s) => (
          <div key={s.key} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-2 py-0.5 font-mono text-slate-900">{s.key}</kbd>
            </dt>
            <dd className="text-slate-800">{t(s.label)}</dd>
          </div>
        ))}
      </dl>
    </ActionDialog>
  );
}
