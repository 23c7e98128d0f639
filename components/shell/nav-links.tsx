"use client";
// The header's navigation: links, and menus gathering related pages (a disclosure button that opens
// a list of links: Tab moves through them, Escape closes and returns to the button). When the page
// shown belongs to a menu, that menu's pages are also laid out as a row under the header.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";

export interface NavLinkEntry {
  href: string;
  label: string;
}

export interface NavMenuEntry {
  group: string;
  label: string;
  /** The accessible name of the row of this menu's pages ("Admin section"). */
  sectionLabel: string;
  items: NavLinkEntry[];
}

export type NavEntryView = NavLinkEntry | NavMenuEntry;

const isMenu = (e: NavEntryView): e is NavMenuEntry => "items" in e;

/** The item the current page belongs to: the longest href that is the path or a parent of it. */
function activeHref(entries: NavEntryView[], pathname: string): string | undefined {
  return entries
    .flatMap((e) => (isMenu(e) ? e.items : [e]))
    .filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

const linkClass = (touch: boolean, active: boolean) =>
  cn("inline-flex items-center rounded-md font-medium whitespace-nowrap", touch ? "min-h-12 px-4 text-base" : "px-3 py-2 text-sm", active ? "bg-white text-brand-800" : "text-white hover:bg-brand-800");

export function NavLinks({ entries, touch }: { entries: NavEntryView[]; touch: boolean }) {
  const pathname = usePathname();
  const current = activeHref(entries, pathname);
  return (
    <ul className={cn("flex gap-1", touch ? "flex-nowrap" : "flex-wrap")}>
      {entries.map((entry) =>
        isMenu(entry) ? (
          <NavMenu key={entry.group} entry={entry} current={current} />
        ) : (
          <li key={entry.href}>
            <Link href={entry.href} aria-current={entry.href === current ? "page" : undefined} className={linkClass(touch, entry.href === current)}>
              {entry.label}
            </Link>
          </li>
        ),
      )}
    </ul>
  );
}

function NavMenu({ entry, current }: { entry: NavMenuEntry; current: string | undefined }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLLIElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const holdsCurrent = entry.items.some((i) => i.href === current);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);

  return (
    <li
      ref={root}
      className="relative"
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
      onBlur={(e) => {
        if (!root.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button ref={button} type="button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)} className={cn(linkClass(false, holdsCurrent), "gap-1")}>
        {entry.label}
        <svg aria-hidden="true" viewBox="0 0 20 20" className={cn("h-4 w-4 transition-transform", open && "rotate-180")} fill="currentColor">
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4z" />
        </svg>
      </button>
      <ul id={listId} hidden={!open} className="absolute left-0 top-full z-40 mt-1 min-w-48 rounded-md bg-white py-1 shadow-lg ring-1 ring-slate-200">
        {entry.items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.href === current ? "page" : undefined}
              onClick={() => setOpen(false)}
              className={cn("block px-4 py-2 text-sm whitespace-nowrap hover:bg-slate-100", item.href === current ? "font-semibold text-brand-800" : "text-slate-800")}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The pages of the menu the current page belongs to, as a row under the header (nothing otherwise). */
export function SectionLinks({ entries }: { entries: NavEntryView[] }) {
  const pathname = usePathname();
  const current = activeHref(entries, pathname);
  const menu = entries.find((e): e is NavMenuEntry => isMenu(e) && e.items.some((i) => i.href === current));
  if (!menu) return null;
  return (
    <nav aria-label={menu.sectionLabel} className="border-b border-slate-200 bg-white">
      <ul className="mx-auto flex max-w-screen-2xl flex-wrap gap-1 px-4 py-1.5">
        {menu.items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.href === current ? "page" : undefined}
              className={cn("inline-flex items-center rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap", item.href === current ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100")}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
