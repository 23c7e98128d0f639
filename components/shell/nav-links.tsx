"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

/** The item the current page belongs to: the longest href that is the path or a parent of it. */
function activeHref(items: Array<{ href: string }>, pathname: string): string | undefined {
  return items
    .filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

export function NavLinks({ items, touch }: { items: Array<{ href: string; label: string }>; touch: boolean }) {
  const pathname = usePathname();
  const current = activeHref(items, pathname);
  return (
    <ul className={cn("flex gap-1", touch ? "flex-nowrap" : "flex-wrap")}>
      {items.map((item) => {
        const active = item.href === current;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "inline-flex items-center rounded-md font-medium whitespace-nowrap",
                touch ? "min-h-12 px-4 text-base" : "px-3 py-2 text-sm",
                active ? "bg-white text-brand-800" : "text-white hover:bg-brand-800",
              )}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
