/** The closed code lists of the dataset contract, shared by several tables. */
export const PUBLISHED_SOURCES = ["manifest", "header", "byline", "title", "dateline", "none"] as const
export const BOILERPLATE_KINDS = [
  "headline", "byline", "dateline", "caption", "photo_credit", "donation_appeal", "newsletter_prompt",
  "unrelated_teaser", "author_bio", "signoff", "navigation", "other",
] as const
export const TIMEX_TYPES = ["DATE", "TIME", "DURATION", "SET"] as const
export const TIMEX_ANCHORS = ["absolute", "publication", "previous", "none"] as const
export const EVENT_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "REQUEST", "PROPOSE", "ACCUSE", "REJECT",
  "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT",
] as const
export const EVENT_STATUSES = ["reported", "planned", "hypothetical"] as const
export const DATE_BASES = ["text", "context", "publication", "none"] as const
export const TARGET_BASES = ["text", "article"] as const
export const STANCES = ["oppose", "support", "concern", "neutral"] as const
export const ACTOR_KINDS = ["country", "organisation", "person", "group"] as const
export const REJECT_STAGES = ["discover", "manifest", "read", "decode", "process", "validate"] as const
