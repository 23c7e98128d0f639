// The English catalogue, one namespace per feature (each in its own file).
import { common } from "./common";
import { orders } from "./orders";
import { customers } from "./customers";
import { track } from "./track";
import { store } from "./store";
import { inventory } from "./inventory";
import { inventoryTable } from "./inventory-table";
import { inventoryFeed } from "./inventory-feed";
import { nodesAdmin } from "./nodes-admin";
import { kpis } from "./kpis";
import { admin } from "./admin";
import { outbox } from "./outbox";
import { dc } from "./dc";
import { returns } from "./returns";
import { payments } from "./payments";
import { alerts } from "./alerts";
import { overview } from "./overview";
import { inbound } from "./inbound";
import { apikeys } from "./apikeys";
import { audit } from "./audit";
import { simulation } from "./simulation";
import { benefits } from "./benefits";
import { explain } from "./explain";
import { errors, errorEntities } from "./errors";

export const en = { common, orders, customers, track, store, inventory, inventoryTable, inventoryFeed, nodesAdmin, kpis, admin, outbox, dc, returns, payments, alerts, overview, inbound, simulation, apikeys, audit, benefits, explain, errors, errorEntities } as const;
