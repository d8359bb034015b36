/** The one list of verbs that attribute words to a speaker (`X said`, `said X`, `X told …`). */
export const SPEECH_VERBS = (
  'said says say told tells reports added adds asked asks stated states wrote writes noted notes declared announced insisted ' +
  'argued explained warned warns urged claimed denied replied recalled tweeted testified acknowledged admitted confirmed ' +
  'stressed emphasized emphasised complained predicted suggested vowed pledged promised threatened'
).split(' ');

/** Verbs of what people do, besides speaking: after a name they are evidence of a person (`X met`, `X resigned`). */
export const PERSON_VERBS = (
  'accused praised criticized criticised met meets visited visits arrived arrives traveled travelled resigned died won lost ' +
  'led leads became served returned spoke speaks replaced signed signs sent gave took made went held left began came ran ' +
  'sought brought struck flew chose'
).split(' ');
