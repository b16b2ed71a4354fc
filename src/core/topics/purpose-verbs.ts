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
