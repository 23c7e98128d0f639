import type { Catalogue } from "../../types";
import type { track as en } from "../en/track";

export const track: Catalogue<typeof en> = {
  title: "TODO",
};
