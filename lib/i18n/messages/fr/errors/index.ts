import { common, entities } from "./common";
import { orders } from "./orders";
import { fulfillment } from "./fulfillment";
import { returns } from "./returns";
import { payments } from "./payments";
import { rules } from "./rules";
import { inventory } from "./inventory";
import { admin } from "./admin";
import { api } from "./api";
import { analytics } from "./analytics";
import { apikeys } from "./apikeys";
import { nodes } from "./nodes";
import { simulation } from "./simulation";

export const errors = { ...common, ...orders, ...fulfillment, ...returns, ...payments, ...rules, ...inventory, ...admin, ...api, ...analytics, ...apikeys, ...nodes, ...simulation };
export { entities as errorEntities };
