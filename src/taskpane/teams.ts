/**
 * A Teams deep link that opens a 1:1 chat with a short message filled in
 * (docs/platform-notes.md §3; https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-teams):
 * `https://teams.microsoft.com/l/chat/0/0?users=<upn>&message=<text>`.
 *
 * Teams needs the user's sign-in name (UPN); the address is the next best thing (they are
 * usually the same). Values are percent-encoded with `encodeURIComponent` (spaces `%20`,
 * which Teams reads; URLSearchParams would write `+`).
 */
export const TEAMS_CHAT_URL = 'https://teams.microsoft.com/l/chat/0/0';

export function teamsChatUrl(user: string, message: string): string {
  const url = new URL(TEAMS_CHAT_URL);
  url.search = `users=${encodeURIComponent(user.trim())}&message=${encodeURIComponent(message.slice(0, 500))}`;
  return url.toString();
}
