// Written by scripts/compile-content.js from src/data/faq.ts: do not edit. `npm run content:compile` writes it anew.
import type { Dataset } from '../../data/types.js';
import type { FaqMarkup } from '../../internal/render/markup.js';

export const faqMarkup: Dataset<FaqMarkup> = {
  "language": "en",
  "lastReviewed": "2026-11-28",
  "nextReview": "2027-05-28",
  "items": [
    {
      "id": "what-is-mdma-assisted-therapy",
      "sources": [
        "mitchell-2021-mapp1",
        "mitchell-2023-mapp2",
        "fda-complete-response-letters",
        "tga-rescheduling-qa"
      ],
      "review": {
        "lastReviewed": "2026-12-07",
        "nextReview": "2027-01-07"
      },
      "question": "What is MDMA-assisted therapy?",
      "answer": "<p>MDMA-assisted therapy combines a course of psychotherapy with a few sessions in which the person takes MDMA. Most of the research has been on post-traumatic stress disorder (PTSD).</p><p>In the phase 3 trials, the course had 15 therapy sessions. MDMA (or, in the comparison group, a placebo) was given in three of them.</p><p>No approval by the US Food and Drug Administration (FDA) was found; the latest source found is from June 2026. In Australia, since July 2023, specially authorised psychiatrists may prescribe it for PTSD.</p>"
    },
    {
      "id": "how-does-it-work",
      "sources": [
        "mitchell-2021-mapp1",
        "mitchell-2023-mapp2",
        "dunlap-2018",
        "nida-mdma-research-report",
        "kirkpatrick-2014-oxytocin"
      ],
      "question": "How does MDMA work, and why might it help in therapy?",
      "answer": "<p>MDMA acts on the brain’s transporters for three chemical messengers: serotonin, norepinephrine and dopamine. It blocks their reuptake and makes nerve cells release them. The largest effect is on serotonin.</p><p>MDMA also raises the level of the hormone oxytocin in the blood. Animal studies suggest oxytocin may play a part in how fear memories are reprocessed.</p><p>The release of norepinephrine is also what raises heart rate and blood pressure.</p><p>One proposed explanation is that these effects make it easier to feel safe and open in therapy, so that painful memories can be worked through. This is not established: how it helps, and how much of the benefit comes from the drug rather than the therapy, is not known.</p>"
    },
    {
      "id": "what-does-it-feel-like",
      "sources": [
        "nida-mdma-research-report",
        "vizeli-liechti-2017",
        "maps-mapp1",
        "maps-mapp2"
      ],
      "question": "What does an MDMA session feel like?",
      "answer": "<p>MDMA is swallowed. Its effects begin about 45 minutes later on average, and peak 15 to 30 minutes after that.</p><p>MDMA also raises heart rate, blood pressure and body temperature. Pooled studies gave 166 healthy volunteers a single 75 or 125 mg dose. Systolic blood pressure rose above 160 mmHg in 33%, heart rate above 100 beats per minute in 29% and body temperature above 38 °C in 19%, more often at 125 mg.</p><p>After a single dose of 75 or 125 mg, effects lasted 4.2 hours on average (from 1.4 to 8.2 hours). In the trials, an optional half-dose could be given 1.5 to 2 hours after the first dose, and each dosing session lasted about 8 hours.</p><p>The sources checked for this answer report when the effects start, how long they last and what they do to the body. They do not describe what a session feels like to the person taking it.</p>"
    },
    {
      "id": "what-are-the-benefits",
      "sources": [
        "mitchell-2021-mapp1",
        "mitchell-2023-mapp2",
        "fda-complete-response-letters"
      ],
      "review": {
        "lastReviewed": "2026-12-07",
        "nextReview": "2027-01-07"
      },
      "question": "What are the possible benefits?",
      "answer": "<p>In two phase 3 trials of people with moderate to severe PTSD, symptoms fell more with MDMA-assisted therapy than with the same therapy and a placebo. In both trials, functional impairment (how much symptoms get in the way of work, social and family life) also improved more with MDMA.</p><p>Many people in the placebo groups improved too: in MAPP2, for example, 47.6% of the placebo group no longer met PTSD diagnostic criteria at 18 weeks. Both groups received the same therapy, but the trials do not show what caused the placebo groups’ improvement. The FDA’s letter raised possible bias from participants’ expectations and from participants guessing which group they were in.</p><p>These results did not lead to approval. In 2024 the FDA asked for another phase 3 trial, with concerns that included how long the benefit lasts, possible bias in the trials, and incomplete safety data.</p>"
    },
    {
      "id": "what-did-the-trials-find",
      "sources": [
        "mitchell-2021-mapp1",
        "maps-mapp1",
        "maps-bbc-mapp1-summary",
        "mitchell-2023-mapp2",
        "mithoefer-2011",
        "otalora-2018"
      ],
      "question": "What did the main trials find?",
      "answer": "<p>Each figure below has its own definition; they are not interchangeable.</p><ul><li><a href=\"https://doi.org/10.1038/s41591-021-01336-3\">MAPP1</a> (2021, phase 3, 90 people with severe PTSD): at 18 weeks, 67% of the MDMA group no longer met PTSD diagnostic criteria, vs 32% of the placebo group. Symptom scores (CAPS-5) fell by 24.4 vs 13.9 points (Cohen’s d = 0.91).</li><li><a href=\"https://doi.org/10.1038/s41591-023-02565-4\">MAPP2</a> (2023, phase 3, 104 people with moderate to severe PTSD): at 18 weeks, 71.2% of the MDMA group no longer met PTSD diagnostic criteria, vs 47.6% of the placebo group. Scores fell by 23.7 vs 14.8 points (d = 0.7). Remission, as defined by the authors, was reached by 46.2% vs 21.4%.</li><li><a href=\"https://doi.org/10.1177/0269881110378371\">Mithoefer et al. 2011</a> (phase 2 pilot, 20 people; the first completed randomized trial): clinical response, as defined by the authors, in 83% with MDMA (10 of 12) vs 25% with placebo (2 of 8).</li><li><a href=\"https://doi.org/10.1177/0269881118806297\">Ot’alora et al. 2018</a> (phase 2, 28 people): 12 months later, 76% of the 25 people assessed no longer met PTSD criteria. By then every group had received MDMA, so there is no comparison group.</li></ul><p>“No longer meeting criteria” means a person no longer had enough symptoms for a PTSD diagnosis. Remission was defined separately and was reached by fewer people.</p><p>The three dosing sessions were part of a 15-session course.</p><p>In MAPP1, 88% of the MDMA group had a clinically meaningful reduction in symptoms, according to <a href=\"https://maps.org/news/media/bbc-news-mdma-could-help-trauma-survivors-face-painful-memories/\">MAPS’s summary of a BBC News report</a>. The figure was seen only there, not in the trial paper, and no figure for the placebo group was found.</p>"
    },
    {
      "id": "is-it-only-for-ptsd",
      "sources": [
        "wolfson-2020",
        "tga-rescheduling-qa",
        "nsw-health-mdma"
      ],
      "review": {
        "lastReviewed": "2026-12-07",
        "nextReview": "2027-01-07"
      },
      "question": "Is MDMA-assisted therapy only for PTSD?",
      "answer": "<p>Most research, including both phase 3 trials, has been on PTSD. Other uses have been studied much less.</p><p>One small pilot trial in 2020 looked at anxiety in 18 people with a life-threatening illness (13 given MDMA, 5 given placebo). Anxiety fell more with MDMA (by 23.5 vs 8.8 points), but the difference was not statistically significant, so the study cannot show that it works for anxiety. Participants had a life-threatening illness, which is not the same as being at the end of life.</p><p>When Australia allowed approved psychiatrists to prescribe MDMA from 1 July 2023, it did so for PTSD only; all other uses stayed in Schedule 9.</p>"
    },
    {
      "id": "how-long-does-treatment-take",
      "sources": [
        "maps-mapp1",
        "maps-mapp2",
        "mitchell-2021-mapp1",
        "mitchell-2023-mapp2",
        "mithoefer-2018"
      ],
      "question": "How long does treatment take?",
      "answer": "<p>In the phase 3 trials, the course had 15 therapy sessions:</p><ul><li>3 preparation sessions, without MDMA</li><li>3 dosing sessions of about 8 hours each, about 4 weeks apart</li><li>9 integration sessions of 90 minutes, without MDMA: three after each dosing session, about a week apart</li></ul><p>The 3 preparation sessions came first. The treatment period that followed them lasted about 12 weeks and held the 3 dosing and 9 integration sessions (12 sessions).</p><p>The main result was measured 18 weeks after baseline, about 2 months after the last dosing session. The preparation sessions, screening and tapering off psychiatric medications come before baseline, so the whole process takes longer.</p><p>Preparation sessions lasted 90 minutes in the phase 2 trials; their length in phase 3 is not reported in the sources checked here.</p>"
    },
    {
      "id": "what-dose-is-used",
      "sources": [
        "maps-mapp1",
        "maps-mapp2",
        "mithoefer-2011",
        "mithoefer-2018",
        "otalora-2018"
      ],
      "question": "What dose of MDMA was used in the trials?",
      "answer": "<p>In the phase 3 trials, each dosing session started with 80 mg or 120 mg. An optional half-dose (40 mg or 60 mg) could follow 1.5 to 2 hours later, so a session used 80 to 180 mg in total. In MAPP1, the first session used 80 mg (plus an optional 40 mg) and the second and third used 120 mg (plus an optional 60 mg).</p><p>The earlier phase 2 trials used active doses of 75 to 125 mg, also with an optional half-dose.</p><p>These doses were used in clinical trials. They are not guidance for use anywhere else.</p>"
    },
    {
      "id": "is-it-the-same-as-ecstasy",
      "sources": [
        "mitchell-2021-mapp1",
        "mitchell-2023-mapp2",
        "nida-mdma-research-report",
        "vizeli-liechti-2017"
      ],
      "question": "How is it different from recreational ecstasy or Molly?",
      "answer": "<p>In the trials, a measured dose of MDMA was taken during a therapy session of about 8 hours, as part of a course of therapy, after medical and psychiatric screening.</p><p>Pills and powders sold as ecstasy or Molly often contain other drugs, such as methamphetamine, ketamine, caffeine or “bath salts” stimulants, and sometimes no MDMA at all. MDMA itself raises body temperature, and overheating can be dangerous.</p>"
    },
    {
      "id": "is-it-safe",
      "sources": [
        "mithoefer-2011",
        "otalora-2018",
        "mitchell-2021-mapp1",
        "mitchell-2023-mapp2",
        "fda-complete-response-letters",
        "vizeli-liechti-2017",
        "jerome-2020-retracted",
        "mithoefer-2019-retracted"
      ],
      "question": "Is MDMA-assisted therapy safe?",
      "answer": "<p>In the trials, which screened participants carefully, MDMA was generally well tolerated. It still has real risks:</p><ul><li>It raises blood pressure, heart rate and body temperature during the session. In the 2011 pilot trial these rises were temporary.</li><li>In MAPP2, severe adverse events during treatment affected 9.4% of the MDMA group vs 3.9% of the placebo group. There were no deaths.</li><li>In MAPP1, MDMA did not increase suicidal thoughts or behaviour.</li><li>The FDA said abuse-related adverse events were not systematically captured in the trials, and that safety needs to be characterised further.</li></ul><p>The trials excluded people with some heart, liver and psychiatric conditions, because these effects could be dangerous for them. In healthy volunteers, MDMA raised systolic blood pressure above 160 mmHg in a third of people, and the risks are likely higher with heart disease.</p><p>People can be vulnerable during sessions. In August 2024 the journal Psychopharmacology retracted three papers from the phase 2 research. Its notices said the authors had not disclosed serious misconduct at one trial site in Canada, nor their own conflicts of interest.</p>"
    },
    {
      "id": "who-is-it-not-for",
      "sources": [
        "mitchell-2021-mapp1",
        "mitchell-2023-mapp2"
      ],
      "review": {
        "lastReviewed": "2026-12-07",
        "nextReview": "2027-01-07"
      },
      "question": "Who is it not suitable for?",
      "answer": "<p>There is no approved product label that lists who should not take MDMA. The closest guide is who the phase 3 trials left out.</p><p>The phase 3 trials (MAPP1 and MAPP2) excluded people with, among other conditions:</p><ul><li>uncontrolled high blood pressure, heart rhythm problems or other significant heart risks</li><li>symptomatic liver disease or other significant medical disorders</li><li>a risk of low blood sodium (hyponatremia) or of overheating</li><li>a primary psychotic disorder, bipolar I disorder, or major depression with psychotic features</li><li>dissociative identity disorder, an eating disorder with active purging, or a personality disorder</li><li>a current alcohol or substance use disorder</li><li>pregnancy or breastfeeding</li></ul><p>Participants also had to taper off psychiatric medications, such as antidepressants, before treatment. Do not stop or change a medication without talking to your prescriber.</p>"
    },
    {
      "id": "do-the-effects-last",
      "sources": [
        "mithoefer-2018",
        "otalora-2018",
        "jerome-2020-retracted",
        "fda-complete-response-letters"
      ],
      "review": {
        "lastReviewed": "2026-12-07",
        "nextReview": "2027-01-07"
      },
      "question": "Do the effects last?",
      "answer": "<p>This is not settled. Phase 2 studies followed people for 12 months and reported that improvements were largely kept, but by then every participant had received MDMA, so there was no comparison group.</p><p>The main pooled analysis of long-term follow-up from six phase 2 trials (Jerome et al. 2020) was retracted by its journal in August 2024.</p><p>In its 2024 complete response letter, the FDA found the evidence on how long the benefit lasts insufficient and asked for a new trial that addresses it.</p>"
    },
    {
      "id": "is-it-fda-approved",
      "sources": [
        "fda-complete-response-letters",
        "dea-drug-scheduling",
        "maps-phase3-program",
        "maps-2024-nda-accepted",
        "advisory-committee-votes-2024",
        "eo-14401-2026",
        "fda-priority-vouchers-2026"
      ],
      "review": {
        "lastReviewed": "2026-12-07",
        "nextReview": "2027-01-07"
      },
      "question": "Has MDMA-assisted therapy been approved by the FDA?",
      "answer": "<p>No FDA approval of MDMA-assisted therapy (the drug is called midomafetamine) was found; the latest source found is from June 2026, so a later decision may be missing here. In those sources, MDMA was still a Schedule I controlled substance in the United States.</p><ul><li>2017: the FDA gave MDMA-assisted therapy for PTSD Breakthrough Therapy designation.</li><li>February 2024: the FDA accepted the new drug application from Lykos Therapeutics (formerly MAPS Public Benefit Corporation), with Priority Review.</li><li>4 June 2024: the FDA’s Psychopharmacologic Drugs Advisory Committee voted 2–9 (2 yes, 9 no) on whether the available data show that the drug is effective. It voted 1–10 (1 yes, 10 no) on whether its benefits, with the risk-management plan the FDA proposed, outweigh its risks.</li><li>9 August 2024: the FDA issued a complete response letter. It could not approve the application on the data submitted and asked for an additional phase 3 trial.</li><li>4 September 2025: the FDA published the letter. It asks for a trial that addresses how long the benefit lasts, bias in the trials (such as participants guessing their group, expectations and earlier MDMA use), and safety, including abuse-related adverse events.</li><li>18 April 2026: Executive Order 14401, “Accelerating Medical Treatments for Serious Mental Illness”. It directed the FDA and the Drug Enforcement Administration (DEA) to build a Right to Try access pathway for psychedelic drugs. It directed the FDA to issue Commissioner’s National Priority Vouchers to appropriate psychedelic drugs that hold Breakthrough Therapy designation and meet the voucher programme’s criteria. It committed at least $50 million (through ARPA-H) to state programmes. It directed the Attorney General to start a rescheduling review for any Schedule I psychedelic that completes phase 3. The order does not itself approve any drug or reschedule any substance.</li><li>24 April 2026: the FDA awarded Commissioner’s National Priority Vouchers to three psychedelic programmes. They went to Compass Pathways (psilocybin, for treatment-resistant depression), Usona Institute (psilocybin, for major depressive disorder) and Transcend Therapeutics (methylone, an MDMA-related compound, for PTSD). None went to MDMA, although it has held Breakthrough Therapy designation since 2017. A voucher shortens the FDA’s review once an application is filed; it does not approve a drug and does not lower the evidence standard.</li><li>2025–2026: according to news reports, Lykos Therapeutics now operates as Resilient Pharmaceuticals.</li></ul><p>The sources found do not report that a new phase 3 trial of MDMA-assisted therapy has started.</p>"
    },
    {
      "id": "where-is-it-available",
      "sources": [
        "tga-rescheduling-qa",
        "nsw-health-mdma",
        "foph-limited-medical-use",
        "canada-gazette-sap-2022",
        "fda-complete-response-letters",
        "dea-drug-scheduling",
        "eo-14401-2026"
      ],
      "review": {
        "lastReviewed": "2026-12-07",
        "nextReview": "2027-01-07"
      },
      "question": "Where is MDMA-assisted therapy available?",
      "answer": "<p>Only in a few places, and under strict controls (the latest source found is from June 2026):</p><ul><li>Australia: since 1 July 2023, psychiatrists approved under the <a href=\"https://tga.gov.au/resources/publication/scheduling-decisions-final/notice-final-decision-amend-or-not-amend-current-poisons-standard-june-2022-acms-38-psilocybine-and-mdma/re-scheduling-psilocybin-and-mdma-poisons-standard-questions-and-answers\">TGA’s Authorised Prescriber scheme</a>, with ethics committee approval, may prescribe MDMA for PTSD. No MDMA product is registered in Australia.</li><li>Switzerland: the <a href=\"https://www.bag.admin.ch/bag/en/home/gesetze-und-bewilligungen/gesuche-bewilligungen/ausnahmebewilligungen-bewilligungen-betmg/ausnahmebewilligungen-verbotene-betaeubungsmittel/ausnahmebewilligungen-beschraenkte-medizinische-anwendung.html\">Federal Office of Public Health</a> can grant case-by-case exceptional licences for limited medical use of banned narcotics, including MDMA, when no equivalent therapy exists.</li><li>Canada: since January 2022, practitioners can ask Health Canada’s <a href=\"https://canadagazette.gc.ca/rp-pr/p2/2022/2022-01-05/html/sor-dors271-eng.html\">Special Access Program</a> for restricted drugs such as MDMA, case by case. It is for patients with serious or life-threatening conditions when other treatments have failed, are unsuitable or are not available.</li><li>United States: no FDA approval had been found, and MDMA was still a Schedule I controlled substance. Executive Order 14401 (April 2026) directed the FDA and the DEA to build a Right to Try access pathway for psychedelic drugs; the order does not itself approve any drug or reschedule any substance.</li></ul>"
    }
  ]
};
