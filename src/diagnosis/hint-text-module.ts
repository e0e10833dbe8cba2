// Builds a language's HintTextModule from its words alone, so the formatting logic exists once
// and a language module holds nothing but text.
import type {
  EdgeReason, EdgeVerdict, Hint, HintId, HintParams, HintTextModule, OwnerCheckId, Producer, ProducerRole, ReportLabels,
} from './types';

export interface HintWords {
  role: Record<ProducerRole, string>;
  /** Labels of a producer's details (ray id, colo, pop...), in display order. */
  detailLabels: Record<string, string>;
  /** Between a producer and its details: "; " in English, " ; " in French. */
  detailSeparator: string;
  edgeReasons: Record<EdgeReason, (p: HintParams) => string>;
  ownerChecks: Record<OwnerCheckId, string>;
  hints: Record<HintId, (p: HintParams) => string>;
  reportLabels: ReportLabels;
}

export function textModule(w: HintWords): HintTextModule & {
  formatProducer(p: Producer): string;
  formatEdgeReason(v: EdgeVerdict): string;
} {
  return {
    formatProducer(p: Producer): string {
      const details = Object.keys(w.detailLabels)
        .filter((k) => p.details[k] !== undefined)
        .map((k) => `${w.detailLabels[k]} ${p.details[k]}`);
      const head = `${p.name}${p.version ? ` ${p.version}` : ''} (${w.role[p.role]})`;
      return details.length ? `${head}${w.detailSeparator}${details.join(', ')}` : head;
    },
    formatEdgeReason: (v: EdgeVerdict) => w.edgeReasons[v.reason]({
      producer: v.producer?.name ?? '',
      evidence: v.evidence ?? '',
      application: v.application ? `${v.application.name}${v.application.version ? ` ${v.application.version}` : ''}` : '',
    }),
    formatOwnerCheck: (id: OwnerCheckId) => w.ownerChecks[id] ?? id,
    formatHint(h: Hint): string {
      const f = w.hints[h.id];
      return f ? f(h.params ?? {}) : h.id;
    },
    reportLabels: w.reportLabels,
  };
}
