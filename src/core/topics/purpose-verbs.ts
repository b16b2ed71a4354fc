// Verbs that open a purpose: "to <verb> …", "we use it to <verb> …". A clause that starts with one
// of them is a purpose of its own, so "verify your identity, contact you and keep our records"
// reads as three. Add verbs here, not branches in code.
export const PURPOSE_VERBS = [
  'administer', 'administering', 'advise', 'allocate', 'analyse', 'answer', 'arrange', 'assess', 'assessing', 'assist', 'audit',
  'award', 'book', 'calculate', 'carry out', 'carrying out', 'check', 'collect', 'communicate', 'complete', 'comply',
  'conduct', 'confirm', 'consider', 'contact', 'co-ordinate', 'coordinate', 'create', 'deal with', 'decide', 'deliver', 'delivering',
  'detect', 'determine', 'determining', 'develop', 'enable', 'enforce', 'ensure', 'establish', 'evaluate', 'fulfil',
  'handle', 'help', 'identify', 'improve', 'improving', 'inform', 'investigate', 'investigating', 'issue', 'keep', 'let',
  'maintain', 'make', 'manage', 'managing', 'meet', 'monitor', 'monitoring', 'notify', 'offer', 'pay', 'perform', 'plan',
  'planning', 'prevent', 'preventing', 'process', 'processing', 'produce', 'promote', 'protect', 'protecting', 'provide',
  'providing', 'publish', 'receive', 'record', 'recover', 'reduce', 'refer', 'register', 'respond', 'review', 'run', 'safeguard', 'send',
  'share', 'support', 'supporting', 'tell', 'track', 'train', 'undertake', 'update', 'understand', 'verify', 'work',
];
