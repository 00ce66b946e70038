// Issue 10: AISystem.publicAuthority (one boolean) is replaced by the three facts the Act turns on:
// deployerIsPublicAuthority (Art. 26(8), 49(3)), deployerIsPublicServiceBody (Art. 27(1)) and
// intendedForPublicAuthorities (Art. 111(2)). `true` said all three of them, so all three become true.
// `false` did not say which of the three was meant to be false, so it becomes "unknown": the new facts
// stay missing and applicability assumes the duty (the conservative reading) and names the fact.
// server/src/backup/upgrade.ts upgrades version-1 export files the same way.
MATCH (n:AISystem) WHERE n.publicAuthority = true
SET n.deployerIsPublicAuthority = true, n.deployerIsPublicServiceBody = true, n.intendedForPublicAuthorities = true;
MATCH (n:AISystem) WHERE n.publicAuthority IS NOT NULL
REMOVE n.publicAuthority;
