/** `/unione aiuto`: the commands in Italian; admin commands only for admins. */
import { context, fallback, header, type SlackMessage, section } from "./block-kit.js";

const userCommands = [
  "`/unione <domanda>` oppure `/unione chiedi <domanda>` — risposta con le fonti (legge, articolo, pagina)",
  "`/unione stato [unione] [tutto] [--json]` — piano di lavoro rispetto alle regole regionali: per funzione cosa conta, cosa fare e quali dati raccogliere; `tutto` elenca ogni lacuna con l'articolo",
  "`/unione bozza <tipo> [funzione] [unione]` — bozza di atto con file .docx (tipi: convenzione, regolamento, piano-comunicazione, piano-formativo, programmazione-personale)",
  "`/unione fonti` — le fonti consultabili da qui",
  "`/unione storico [unione]` — le ultime modifiche alla scheda dell'Unione",
  "`/unione aiuto` — questo messaggio",
];

const conversationTips = [
  "Menziona il bot in un canale: risponde nel thread, e lì risponde anche alle domande successive senza nuova menzione.",
  "In messaggio diretto puoi scrivere la domanda e basta.",
  "Le risposte sono visibili solo a te: usa *Condividi nel canale* per mostrarle a tutti.",
];

const adminCommands = [
  "`/unione collega <unione>` — collega questo canale a un'Unione (il canale vedrà solo i suoi dati)",
  "`/unione scollega` — rimuove il collegamento del canale",
  "`/unione aggiorna-indice` — rilegge la cartella dei documenti (solo file nuovi o modificati)",
  "`/unione aggiorna …` — aggiorna la scheda di un'Unione (ogni modifica è registrata); nel canale dell'Unione o in messaggio diretto, i pulsanti *Aggiorna* dello stato aprono un modulo",
  "`/unione evidenze [unione]` — i fatti che gli atti dell'Unione propongono (conferimenti, revoche, documenti approvati), ciascuno con la delibera che lo prova: *Conferma* li registra nello storico, *Scarta* non li ripropone; nel canale dell'Unione o in messaggio diretto",
];

export function helpBlocks(isAdmin: boolean): SlackMessage {
  const blocks = [
    header("Assistente per le Unioni di Comuni"),
    section(["*Comandi*", ...userCommands.map((line) => `• ${line}`)].join("\n")),
    section(["*Conversazioni*", ...conversationTips.map((line) => `• ${line}`)].join("\n")),
  ];
  if (isAdmin)
    blocks.push(section(["*Comandi di amministrazione*", ...adminCommands.map((line) => `• ${line}`)].join("\n")));
  blocks.push(
    context(
      "Risposte basate sulla L.R. 21/2012, sui modelli di atto e sulle schede delle Unioni. Ciò che non è confermato è indicato come _da verificare_.",
    ),
  );
  const text = `Comandi: /unione <domanda>, stato, bozza, fonti, aiuto${isAdmin ? "; amministrazione: collega, scollega, aggiorna-indice, aggiorna, evidenze" : ""}`;
  return { text: fallback(text), blocks };
}
