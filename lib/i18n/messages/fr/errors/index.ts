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

export const errors = { ...common, ...orders, ...fulfillment, ...returns, ...payments, ...rules, ...inventory, ...admin, ...api, ...analytics };
export { entities as errorEntities };
