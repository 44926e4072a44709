/** What the event picker says (src/scripts/event-picker.ts imports only this). */
export const presentText = {
  none: '请至少勾选一课。',
  up: (title: string) => `上移：${title}`,
  down: (title: string) => `下移：${title}`,
};
