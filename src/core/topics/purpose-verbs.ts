// Verbs that open a purpose: "to <verb> …", "we use it to <verb> …". A clause that starts with one
// of them is a purpose of its own, so "verify your identity, contact you and keep our records"
// reads as three. Add verbs here, not branches in code.
export const PURPOSE_VERBS = [
  'administer', 'administering', 'advise', 'allocate', 'allow', 'analyse', 'answer', 'appoint', 'approve', 'arrange',
  'assess', 'assessing', 'assist', 'audit', 'award', 'book', 'calculate', 'carry out', 'carrying out', 'check',
  'co-ordinate', 'collect', 'communicate', 'compile', 'complete', 'comply', 'conduct', 'confirm', 'consider',
  'contact', 'coordinate', 'create', 'deal with', 'decide', 'deliver', 'delivering', 'detect', 'determine',
  'determining', 'develop', 'discuss', 'employ', 'enable', 'enforce', 'ensure', 'establish', 'evaluate',
  'facilitate', 'fulfil', 'fund', 'gather', 'handle', 'help', 'identify', 'improve', 'improving', 'increase',
  'inform', 'inspect', 'investigate', 'investigating', 'invite', 'issue', 'keep', 'let', 'maintain', 'make',
  'manage', 'managing', 'measure', 'meet', 'monitor', 'monitoring', 'notify', 'obtain', 'offer', 'operate',
  'organise', 'pay', 'perform', 'plan', 'planning', 'prepare', 'prevent', 'preventing', 'print', 'process',
  'processing', 'produce', 'promote', 'prosecute', 'protect', 'protecting', 'provide', 'providing', 'publish',
  'receive', 'record', 'recover', 'recruit', 'reduce', 'refer', 'register', 'remind', 'renew', 'reply', 'research',
  'resolve', 'respond', 'review', 'run', 'safeguard', 'seek', 'send', 'share', 'support', 'supporting', 'target',
  'tell', 'test', 'track', 'train', 'understand', 'undertake', 'update', 'verify', 'work',
];

/** The verbs as one pattern, for the rules that look for "to <verb>". */
export const PURPOSE_VERB = `(?:${PURPOSE_VERBS.join('|')})`;

const VERB_SET = new Set(PURPOSE_VERBS);

/** Whether text opens with a purpose verb's -ing form: providing → provide, registering → register, running → run. */
export function opensWithDoing(text: string): boolean {
  const base = /^([a-z]{2,})ing\b/.exec(text)?.[1];
  if (!base) return false;
  const undoubled = /([bdgmnprt])\1$/.test(base) ? base.slice(0, -1) : base;
  return [base, `${base}e`, undoubled].some((v) => VERB_SET.has(v));
}
