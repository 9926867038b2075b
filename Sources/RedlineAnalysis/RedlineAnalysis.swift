// Linking, statuses, credibility and escalation live here.
