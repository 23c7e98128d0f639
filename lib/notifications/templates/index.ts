// Customer-message templates by language.
import type { MessageLocale } from "../topics";
import { en } from "./en";
import { fr } from "./fr";
import type { LocaleTemplates } from "./types";

export const TEMPLATES: Record<MessageLocale, LocaleTemplates> = { en, fr };
export type { LocaleTemplates, MessageLine, TemplateData, TopicTemplate } from "./types";
