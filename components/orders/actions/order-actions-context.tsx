"use client";
// What every action on the order page needs: the order's id and the version the agent is looking
// at (sent with each change for the conflict check), which changes the rules and the agent's role
// allow, and one status region that confirms what was done.
import { createContext, useCallback, useContext, useMemo, useState } from "react";

export type ModificationChange = "changeAddress" | "changeDeliveryMethod" | "changeQuantity" | "addLine" | "removeLine" | "cancelLine" | "cancelOrder";

export interface OrderActionsValue {
  orderId: string;
  number: string;
  version: number;
  status: string;
  /** The modification rules for the order's current status. */
  allowed: Record<ModificationChange, boolean>;
  /** What the agent's role may do at all. */
  can: { modify: boolean; cancel: boolean; releaseHold: boolean; addNote: boolean };
  shippingAddress: { name: string; line1: string; line2: string; city: string; postalCode: string; country: string } | null;
  announce: (message: string) => void;
}

const Ctx = createContext<OrderActionsValue | null>(null);

export function OrderActionsProvider({ children, ...value }: Omit<OrderActionsValue, "announce"> & { children: React.ReactNode }) {
  const [message, setMessage] = useState<{ text: string; at: number } | null>(null);
  const announce = useCallback((text: string) => setMessage({ text, at: Date.now() }), []);
  const { orderId, number, version, status, allowed, can, shippingAddress } = value;
  const ctx = useMemo(() => ({ orderId, number, version, status, allowed, can, shippingAddress, announce }), [orderId, number, version, status, allowed, can, shippingAddress, announce]);
  return (
    <Ctx.Provider value={ctx}>
      <div role="status" aria-live="polite" className={message ? "mb-4 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900" : "sr-only"}>
        {message ? <span key={message.at}>{message.text}</span> : null}
      </div>
      {children}
    </Ctx.Provider>
  );
}

export function useOrderActions(): OrderActionsValue {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("useOrderActions must be used inside OrderActionsProvider");
  return ctx;
}
