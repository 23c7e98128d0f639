import type { Catalogue } from "../../types";
import type { en } from "../en";
import { common } from "./common";
import { orders } from "./orders";
import { customers } from "./customers";
import { track } from "./track";
import { store } from "./store";
import { inventory } from "./inventory";
import { kpis } from "./kpis";
import { admin } from "./admin";
import { outbox } from "./outbox";
import { dc } from "./dc";
import { returns } from "./returns";
import { payments } from "./payments";
import { errors, errorEntities } from "./errors";

export const fr: Catalogue<typeof en> = { common, orders, customers, track, store, inventory, kpis, admin, outbox, dc, returns, payments, errors, errorEntities };
