/** The words the drills' scripts show (src/scripts/drill.ts, /drills/'s tally): a part of their own. */
export const drillScriptText = {
  drillsPractised: (safe: number, harmed: number) => `您在这台设备上练过：守住 ${safe} 次，上当 ${harmed} 次`,
  drillResume: (step: number) => `上次练到第 ${step} 步。`,
} as const;
