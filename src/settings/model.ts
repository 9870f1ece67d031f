import type { FindingKind } from '../engine';
import type { RulePack } from '../rules/types';

/**
 * What is stored, in one place. Each shape is a versioned wxt storage item (see items.ts);
 * changing a shape means a new version with a migration.
 */

/** A team list the user (or the administrator) subscribed to, with its last good copy. */
export interface TeamList {
  /** HTTPS address of the pack (JSON or plain list). */
  url: string;
  /** From the last good copy. */
  name?: string;
  version?: string;
  ruleCount?: number;
  /** The last copy that loaded without errors: stays in force whatever goes wrong later. */
  pack?: RulePack;
  /** Conditional-request validators of the last good copy. */
  etag?: string;
  lastModified?: string;
  /** Epoch ms of the last successful check (200 or 304). */
  lastSuccess?: number;
  /** Epoch ms of the last attempt, successful or not. */
  lastAttempt?: number;
  /** The last attempt's error, in words for the user; cleared by the next success. */
  lastError?: string;
  /** Pushed by the administrator's policy: cannot be removed, its rules cannot be switched off. */
  managed?: boolean;
}

/** The administrator's policy, as read from storage.managed (schema: public/managed-schema.json). */
export interface ManagedPolicy {
  /** Team list URLs every user is subscribed to. */
  teamListUrls: string[];
  /** Rule packs given inline (parsed and validated; invalid ones are reported, not applied). */
  packs: RulePack[];
  /** Errors in the policy itself, in words, for the options page. */
  errors: string[];
  /** True when users may not unsubscribe from the managed lists or switch off their rules. */
  locked: boolean;
  /** Sites checking is on for, for everyone (normal form: src/sites/origins.ts). */
  enabledSites: string[];
}

/**
 * A site checking is on for beyond the mail sites, as the background keeps it (item
 * `local:checkedSites`): the user's choices and the policy's, and whether the browser granted the
 * host permission, without which nothing runs there.
 */
export interface CheckedSite {
  /** `https://host[:port]` or `https://*.domain`. */
  origin: string;
  /** Who turned it on: the user can remove their own; the policy's stay. */
  by: 'user' | 'policy';
  granted: boolean;
}

/** Where the personal pack lives: storage.sync while it fits the quotas, else storage.local only. */
export type PersonalStorage = 'sync' | 'local';

/** The personal pack as this browser keeps it in storage.local (item `local:personal`, version 1). */
export interface PersonalCopy {
  pack: RulePack;
  /** Where the pack was last saved from this browser: 'local' means it is too large to sync (or sync failed). */
  storage: PersonalStorage;
  /** Hash of the pack's JSON, as in the synced copy's meta: tells whether the two are the same. */
  hash: string;
  /** Epoch ms of the save (or of the copy taken from storage.sync). */
  savedAt: number;
}

/**
 * The small item next to the synced chunks (`sync:personal.meta`): read first, so a reader can
 * tell a complete set from a half-written one.
 */
export interface PersonalSyncMeta {
  /** Format of the chunked copy; a reader that does not know it keeps its local copy. */
  format: 1;
  /** Number of chunks, `personal.0` … `personal.{chunks - 1}`. */
  chunks: number;
  /** UTF-8 bytes of the joined JSON. */
  bytes: number;
  /** Hash of the joined JSON (53-bit, hex). */
  hash: string;
}

/**
 * A "not right here" report (item `local:reports`, version 1): the user said a finding was wrong
 * where it was. Kept on this device for whoever maintains the team's list; never sent.
 */
export interface FalseAlarmReport {
  /** Random, to delete one report. */
  id: string;
  /** The rule's full id, `default/synergy`. */
  ruleId: string;
  kind: FindingKind;
  /** The day of the report, `2026-12-02`. */
  date: string;
  /** Only when the user ticked "Include the sentence". */
  sentence?: string;
}
