import type { AgreementKind, AgreementStatus, EventKind } from '../core/types.js';

/**
 * The words a language supplies to the agreement/event rules (src/relations/*). The rules are
 * shared; a language is only these tables. Phrases are space-separated words; a word may list
 * alternatives with `|` (`signed|signs an`), expanded when the matcher is compiled. Arabic
 * phrases are written in ordinary spelling and normalized (src/lang/ar/normalize.ts) on compile.
 */

/** How an event trigger fires. */
export type EventTriggerForm =
  /** fires by itself (`met`, `visited`, `التقى`) */
  | 'verb'
  /** a noun: fires when followed by an argument preposition or preceded by a light verb (`made a visit to`) */
  | 'noun'
  /** a verb of motion: fires when a place follows within a few words (`travelled to Oman`) */
  | 'motion'
  /** `invited … to <place>` / `invited … to visit` */
  | 'invite'
  /** fires when a person is named right after it (`received President X`) */
  | 'person-verb'
  /** fires when an envoy noun (`ambassador`) is near (`reinstate its ambassador`) */
  | 'envoy-verb'
  /** fires when a relations noun (`diplomatic relations`) is near (`established diplomatic relations`) */
  | 'relations-verb'
  /** fires when a country or organization follows (`recognized Syria`) */
  | 'recognize';

export interface EventTrigger {
  readonly phrase: string;
  readonly kind: EventKind;
  readonly form: EventTriggerForm;
  /** relations-verb: the relations noun must be `diplomatic …` (not bare `ties`) */
  readonly diplomatic?: boolean;
}

export interface RelationWords {
  /** `memorandum of understanding` → memorandum */
  readonly agreementNouns: readonly { readonly phrase: string; readonly kind: AgreementKind }[];
  /** `signed` → signed, `cancelled` → cancelled */
  readonly agreementVerbs: readonly { readonly phrase: string; readonly status: AgreementStatus }[];
  /** `agreed to` + complement verb: a commitment without a named instrument */
  readonly commitmentVerbs: readonly { readonly phrase: string; readonly status: AgreementStatus }[];
  /** complement of a commitment: `supply` → agreement, `restore` → other, `discuss` → null (procedural, nothing) */
  readonly commitmentComplements: readonly { readonly phrase: string; readonly kind: AgreementKind | null }[];
  /** nouns of a transaction that a cancellation may name instead of the instrument (`sales`) */
  readonly transactionNouns: readonly string[];
  /** before an agreement noun: it is a topic, not a concluded instrument (`discussed the deal`) */
  readonly topicVerbs: readonly string[];
  /** before a verb: the sentence is negated (`did not sign`) */
  readonly negations: readonly string[];
  /** passive auxiliaries (`was signed`): the instrument is the noun before the verb */
  readonly passiveAux: readonly string[];
  /** words that open a subject clause of a list of signed documents (`documents`) */
  readonly documentNouns: readonly string[];

  readonly eventTriggers: readonly EventTrigger[];
  /** `to`, `of`, `with` … after a noun trigger: it has an argument, not a bare back-reference */
  readonly argumentWords: readonly string[];
  /** `made`, `held`, `paid` … before a noun trigger */
  readonly lightVerbs: readonly string[];
  /** `ambassador`, `envoy` (for envoy-verb triggers) */
  readonly envoyNouns: readonly string[];
  /** `diplomatic relations` (marked diplomatic) and `ties` */
  readonly relationsNouns: readonly { readonly phrase: string; readonly diplomatic: boolean }[];
  /** `council`, `forum` + setup verbs → event `other` */
  readonly bodyNouns: readonly string[];
  readonly setupVerbs: readonly string[];
  /** before a definite trigger: it refers back, not an event (`since the establishment of …`) */
  readonly triggerBlockers: readonly string[];
  /** words between a locative and a place name (`in the capital city of Damascus`) */
  readonly placeHeads: readonly string[];
  /** sentence openers that refer back to a known event (`Following the meeting`) */
  readonly referBackOpeners: readonly string[];
  readonly referBackNouns: readonly string[];
  /** `while meeting …` */
  readonly referBackGerunds: readonly string[];

  /** before a place: the destination of a visit (`to`) */
  readonly destinationWords: readonly string[];
  /** before a place: where the event happens (`in`) */
  readonly locativeWords: readonly string[];
  /** after these, countries are topics, not participants (`to discuss`) — to the end of the sentence */
  readonly topicMarkers: readonly string[];
  /** from these to the next clause comma, nothing is a participant (`following the fall of …`) */
  readonly cutMarkers: readonly string[];
  /** before a country: not a party to an agreement (`from China`, `under U.S. pressure`) */
  readonly nonPartyWords: readonly string[];
  /** a reporting verb at the start of a sentence: organizations before its complementizer are sources */
  readonly reportingVerbs: readonly string[];
  readonly complementizers: readonly string[];
  /** `both countries`, `the parties`: the two parties of the article */
  readonly partyAnaphors: readonly string[];
  /** subject pronouns resolved to the previous sentence's first person (`he`) */
  readonly subjectPronouns: readonly string[];
  /** words right before a date that make it background (`since 2011`) */
  readonly dateDemoters: readonly string[];
  /** cues that a sentence refers to an event of an earlier paragraph (`during the visit`) */
  readonly contextCues: readonly string[];
  /** `on`, `in the field of`: the subject of an instrument follows */
  readonly subjectIntroducers: readonly string[];
  /** words that end a subject phrase (`between`) */
  readonly subjectStops: readonly string[];
}
