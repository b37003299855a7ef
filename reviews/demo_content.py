"""Fictional demo content for ``python manage.py seed_demo``.

Everything here is invented. The reviews are written to read like published local Child
Safeguarding Practice Reviews, but no child, family, practitioner, school, street or GP practice
in them is real.

Days are counted back from the day the seed runs, so the demo always has reviews that are
overdue, due for removal or waiting to be published. The three reviews in QA and one draft
deliberately contain identifying details (full dates, names from ``private_names``, a school,
a surgery, an address, a postcode, a telephone number) for the QA approver and the text scanner
to catch. Every other review is written to be publishable as it stands.
"""

from __future__ import annotations

# Theme and agency slugs refer to the taxonomy seeded by reviews/migrations/0002_taxonomy.py.
REVIEWS = [
    {
        "reference": "NEL-2022-02",
        "pseudonym": "Child A",
        "title": "Child A: neglect, missed appointments and the voice of a young child",
        "review_type": "local",
        "harm": "serious_harm",
        "age_band": "1_to_4",
        "sex": "male",
        "incident_month": 9,
        "incident_year": 2022,
        "decision_days_ago": 1480,
        "themes": ["neglect", "parental-substance-misuse", "professional-curiosity", "escalation"],
        "agencies": [
            "health-visiting",
            "general-practice",
            "early-years",
            "early-help",
            "childrens-social-care",
            "substance-misuse",
            "hospital",
        ],
        "reviewer_name": "Ruth Calloway",
        "summary": (
            "Child A was 3 years old when his grandmother took him to hospital with a swollen "
            "face. Doctors found a serious dental infection, dehydration and very low weight. "
            "Eight teeth had to be removed. Over the previous two years, several services had "
            "seen signs of neglect: missed health appointments, falling weight, hunger at "
            "nursery and delayed speech. Each service held part of the picture, but nobody put "
            "it together. Early help support ended when the family stopped taking part. This "
            "review looks at why the signs of neglect were not recognised sooner and what the "
            "partnership has changed as a result."
        ),
        "what_happened": (
            "Child A lived with his mother, his father and his older brother, who was 7 at the "
            "time. Mother had a long history of drinking heavily. Father used cannabis every "
            "day. Both parents told professionals that their use was under control. The family "
            "rented a privately owned house and money was often short.\n\n"
            "The health visiting service completed the new birth visit and the 6 to 8 week "
            "review. Child A was growing well. At his one-year review, his weight had dropped "
            "from the 50th to the 9th centile. The health visitor asked the GP practice to see "
            "him. The family did not take him to two GP appointments. The practice sent a "
            "letter and took no further action. The health visitor offered the 2-year review "
            "three times. Child A was not brought to any of these appointments. Each missed "
            "appointment was recorded as 'did not attend'.\n\n"
            "In 2021, when Child A was 2, he started at a nursery with a funded place. Nursery "
            "staff noticed that he often arrived hungry, in the same clothes for several days "
            "and with a severe nappy rash. He used very few words. The nursery made a referral "
            "to early help. An early help assessment was completed and a Team Around the "
            "Family was set up. Mother came to two of the five meetings. Father did not come "
            "to any. The older brother's school was not invited. After six months the plan was "
            "closed because the family was 'not engaging'. The case was passed back to "
            "universal services.\n\n"
            "During the same period Mother referred herself to the drug and alcohol service. "
            "She came to three sessions and was then discharged after she missed appointments. "
            "The service recorded that she had two children. It did not ask about their care "
            "and did not tell any other agency that she had stopped attending.\n\n"
            "The nursery remained worried after early help ended. Staff raised their concerns "
            "with the early help worker by telephone, but were told the case had closed. They "
            "did not know how to challenge the decision. Child A's attendance at nursery "
            "dropped to about half of his sessions.\n\n"
            "In September 2022 Child A's grandmother took him to the emergency department. His "
            "face was swollen and he was in pain. Doctors found a large dental abscess, "
            "dehydration and a weight below the 0.4th centile. Eight teeth were removed under "
            "general anaesthetic. The hospital referred the family to children's social care. "
            "A strategy discussion took place the same day and child protection enquiries "
            "followed. Both children became subject to child protection plans for neglect. "
            "They now live with their grandmother."
        ),
        "practice_issues": (
            "The neglect Child A experienced built up slowly over two years. No single event "
            "looked serious enough to trigger a referral to children's social care. This is "
            "typical of neglect. The review found that professionals looked at each concern on "
            "its own, rather than as part of a pattern.\n\n"
            "Missed appointments were seen as a parental choice. Records said the family 'did "
            "not attend'. A young child cannot take himself to an appointment. When Child A "
            "was not brought, he missed checks that would have shown his weight falling and "
            "his teeth decaying. Neither the GP practice nor the health visiting service had a "
            "clear process for following up children who were repeatedly not brought.\n\n"
            "The early help plan closed because the parents did not take part. Closing a plan "
            "for that reason should prompt a question: is this child safe without support? "
            "Nobody asked it. No neglect assessment tool was used, so there was no shared "
            "measure of how far Child A's needs were being met. The older brother's school "
            "held useful information about poor attendance and hunger, but was never asked for "
            "it.\n\n"
            "Child A's voice was largely missing from the records. He was too young to say "
            "what life was like, but his daily experience could have been described from what "
            "practitioners saw. The nursery's observations of hunger, soreness and silence "
            "were the clearest view of his world. They were not given enough weight.\n\n"
            "Professionals described Mother as warm and loving. This was true, and it made it "
            "harder to see that Child A's basic needs were not met. This is sometimes called "
            "professional optimism. Good relationships with parents matter, but they must not "
            "replace an honest look at the child's circumstances.\n\n"
            "The drug and alcohol service did not think about the children. Its records noted "
            "that Mother had two children but did not explore who cared for them when she was "
            "drinking. When she stopped attending, nobody else was told. This was a missed "
            "chance to share information that would have changed other agencies' view of risk.\n\n"
            "Finally, the nursery did not escalate its concerns. Staff were worried, but a "
            "phone call to a worker whose case had closed was the only step taken. The "
            "partnership's escalation procedure was not well known in early years settings at "
            "that time."
        ),
        "what_needs_to_change": (
            "Children who are not brought to health appointments must be followed up as a "
            "possible sign of neglect, not recorded as a parental choice. Health services need "
            "a shared approach to this, with clear steps when a child misses more than one "
            "appointment.\n\n"
            "Early help plans should not close only because parents do not take part. A "
            "manager should review the child's needs and decide whether a referral to "
            "children's social care is needed. All agencies that know the family, including "
            "siblings' schools, should be asked for their view first.\n\n"
            "Practitioners need a common tool to assess neglect, so that they can measure "
            "change over time and talk about it in the same language. Adult services, "
            "including drug and alcohol services, must ask about children at every assessment "
            "and share concerns when a parent stops attending. Early years settings need to "
            "know how to escalate when they disagree with a decision."
        ),
        "content_warning": False,
        "findings": [
            {
                "title": "Neglect was seen in pieces",
                "text": (
                    "Health visitors, the GP practice, the nursery, early help and the drug "
                    "and alcohol service each held part of the picture. No one brought it "
                    "together. A chronology of concerns, shared between agencies, would have "
                    "shown a clear pattern of neglect more than a year before Child A became "
                    "seriously unwell. Neglect is cumulative. It needs a shared view over "
                    "time, not a series of separate judgements."
                ),
            },
            {
                "title": "Was not brought, not did not attend",
                "text": (
                    "Child A missed at least five health appointments. Each was recorded as "
                    "'did not attend' and treated as the parents' decision. Young children "
                    "depend on adults to take them to appointments. Repeated missed "
                    "appointments should have prompted contact with the family, a conversation "
                    "with other professionals and, if needed, a referral. Instead each one was "
                    "closed with a standard letter and no further contact."
                ),
            },
            {
                "title": "Closing early help on disengagement",
                "text": (
                    "The early help plan ended because the parents did not take part, even "
                    "though the nursery's concerns had not changed. No manager considered "
                    "whether Child A needed a statutory assessment. Closure because a family "
                    "does not engage is itself a piece of information about risk. It should "
                    "lead to a review of the child's needs, not an automatic step down to "
                    "universal services."
                ),
            },
            {
                "title": "The child's daily life was not described",
                "text": (
                    "Records focused on the parents' views and on attendance at meetings. "
                    "There was little about what Child A ate, how he slept, how he played or "
                    "how he spoke. The nursery's observations were the best evidence of his "
                    "lived experience. Practitioners should record what an ordinary day is "
                    "like for a young child, especially one who cannot yet tell them."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "The partnership should agree a multi-agency 'was not brought' policy for "
                    "children's health appointments, covering GP practices, health visiting "
                    "and hospital outpatient services, with clear steps after repeated missed "
                    "appointments."
                ),
                "actions": [
                    {
                        "agency": "general-practice",
                        "description": (
                            "Adopt the partnership 'was not brought' policy in all GP "
                            "practices, with an alert on the child's record after two missed "
                            "appointments and a named clinician to review."
                        ),
                        "due_in_days": -1050,
                        "status": "completed",
                        "completed_days_ago": 1120,
                        "impact": (
                            "All 26 GP practices adopted the policy. An audit of 60 children's "
                            "records in 2024 found that 54 (90%) had a documented follow-up "
                            "after a second missed appointment, compared with 17 of 60 (28%) "
                            "before the policy. Eleven children were referred to health "
                            "visiting or early help as a result."
                        ),
                        "evidence": "GP records audit, 2024, 60 records sampled",
                    },
                    {
                        "agency": "health-visiting",
                        "description": (
                            "Change health visiting guidance so that two missed developmental "
                            "reviews trigger a home visit and a discussion with the named "
                            "safeguarding lead."
                        ),
                        "due_in_days": -1100,
                        "status": "completed",
                        "completed_days_ago": 1180,
                        "impact": (
                            "Guidance changed and all health visitors trained. A re-audit "
                            "found home visits completed for 47 of 50 children (94%) who "
                            "missed two reviews. Uptake of the 2-year review rose from 78% to "
                            "88% over the following year."
                        ),
                        "evidence": "Health visiting audit and performance data, 2023 to 2024",
                    },
                ],
            },
            {
                "text": (
                    "Early help should not close a plan solely because parents do not take "
                    "part. A team manager should review the child's needs with all agencies "
                    "involved before closure and record a decision about referral to "
                    "children's social care."
                ),
                "actions": [
                    {
                        "agency": "early-help",
                        "description": (
                            "Introduce a manager's closure review for every early help plan "
                            "ending because of non-engagement, including contact with "
                            "siblings' schools and nurseries."
                        ),
                        "due_in_days": -1000,
                        "status": "completed",
                        "completed_days_ago": 1060,
                        "impact": (
                            "Closure reviews now take place in every such case. In the first "
                            "year, 31 of 112 plans closing for non-engagement (28%) were "
                            "stepped up to children's social care instead of closing. A dip "
                            "sample of 20 showed siblings' schools were consulted in 18."
                        ),
                        "evidence": "Early help quality assurance report, 2024",
                    },
                ],
            },
            {
                "text": (
                    "The partnership should introduce a single neglect assessment tool for use "
                    "by all agencies, with multi-agency training, so that practitioners can "
                    "measure a child's care over time and share a common language about "
                    "neglect."
                ),
                "actions": [
                    {
                        "agency": "childrens-social-care",
                        "description": (
                            "Commission the Graded Care Profile 2 neglect tool, train "
                            "practitioners across agencies and set a partnership neglect "
                            "strategy with measurable targets."
                        ),
                        "due_in_days": -800,
                        "status": "completed",
                        "completed_days_ago": 860,
                        "impact": (
                            "Over 420 practitioners trained, including 95 from early years "
                            "settings. A multi-agency audit of 30 neglect cases in 2024 found "
                            "the tool used in 24 (80%). Practitioners reported greater "
                            "confidence in describing neglect in referrals, and referral "
                            "quality scores rose from 2.1 to 3.4 out of 5."
                        ),
                        "evidence": "Multi-agency neglect audit, 2024, 30 cases; training records",
                    },
                    {
                        "agency": "substance-misuse",
                        "description": (
                            "Add mandatory questions about children and caring "
                            "responsibilities to every adult assessment, and notify the "
                            "children's lead agency when a parent is discharged for "
                            "non-attendance."
                        ),
                        "due_in_days": -900,
                        "status": "completed",
                        "completed_days_ago": 980,
                        "impact": (
                            "Questions now form part of every assessment. A 2024 audit found "
                            "'Think Family' questions completed in 92% of 75 assessments. Over "
                            "12 months, 38 notifications were sent to children's services when "
                            "parents stopped attending, where previously none were recorded."
                        ),
                        "evidence": "Service audit, 2024, 75 assessments sampled",
                    },
                ],
            },
            {
                "text": (
                    "All early years settings should be trained in the partnership's "
                    "escalation procedure, so that staff know how to challenge a decision they "
                    "disagree with and feel confident to do so."
                ),
                "actions": [
                    {
                        "agency": "early-years",
                        "description": (
                            "Deliver escalation briefings to all early years settings and "
                            "childminders, and add the procedure to the designated "
                            "safeguarding lead induction pack."
                        ),
                        "due_in_days": -1150,
                        "status": "completed",
                        "completed_days_ago": 1200,
                        "impact": (
                            "Briefings delivered to 68 settings. Recorded escalations from "
                            "early years rose from 2 in the year before to 19 in the year "
                            "after. In 14 of those, the original decision was changed or "
                            "further assessment was completed."
                        ),
                        "evidence": "Escalation log, 2023 to 2024",
                    },
                ],
            },
        ],
        "status": "removed",
        "published_days_ago": 900,
        "removed_days_ago": 120,
        "private_names": ["Tyler Hewson", "Shannon Hewson", "Craig Hewson"],
        "briefing": {
            "case_in_brief": (
                "Child A was 3 when he was admitted to hospital with a severe dental "
                "infection, dehydration and very low weight. Eight teeth were removed. His "
                "parents misused alcohol and cannabis. Over two years he missed many health "
                "appointments, his weight fell and his nursery saw hunger and poor care. Early "
                "help closed because the family did not engage. No agency saw the whole "
                "picture of neglect until he became seriously unwell."
            ),
            "key_learning": [
                "Children are not brought to appointments; they do not choose to miss them.",
                (
                    "Neglect builds up over time: use a chronology and a shared tool to see "
                    "the pattern."
                ),
                "Closing a plan because parents disengage is a risk decision, not an admin task.",
                "Describe the child's day: what they eat, wear and say, and how they seem.",
                "Adult services must think about the children of the adults they support.",
            ],
            "what_has_changed": [
                (
                    "A partnership 'was not brought' policy is used by GP practices and health "
                    "visitors."
                ),
                "Early help plans closing for non-engagement now have a manager's review.",
                "The Graded Care Profile 2 neglect tool is in use across agencies.",
                "Early years settings have been trained in the escalation procedure.",
            ],
            "reflective_questions": [
                "When a child misses an appointment, what do you do next, and who do you tell?",
                "How do you record what a young child's daily life is like?",
                "Has a warm relationship with a parent ever made it harder for you to see risk?",
                "Do you know how to escalate if you disagree with another agency's decision?",
            ],
        },
    },
    {
        "reference": "NEL-2024-02",
        "pseudonym": "Baby B",
        "title": "Baby B: safe sleep when routines change",
        "review_type": "local",
        "harm": "death",
        "age_band": "under_1",
        "sex": "female",
        "incident_month": 4,
        "incident_year": 2024,
        "decision_days_ago": 900,
        "themes": [
            "safe-sleep",
            "under-ones",
            "parental-substance-misuse",
            "unseen-men",
            "information-sharing",
        ],
        "agencies": [
            "midwifery",
            "health-visiting",
            "general-practice",
            "police",
            "housing",
            "hospital",
            "safeguarding-partnership",
        ],
        "reviewer_name": "Dr Helen Marsh",
        "summary": (
            "Baby B died suddenly at 10 weeks old. She had fallen asleep on her father's chest "
            "on a sofa, after he had been drinking alcohol. The family had moved into "
            "temporary accommodation three weeks earlier, and her cot had not been set up. "
            "Midwives and health visitors had given Mother good safe sleep advice, but Father "
            "had not been part of those conversations. Health services did not know the family "
            "had moved. This review looks at how safe sleep advice can reach both parents and "
            "prepare families for nights when their usual routine breaks down."
        ),
        "what_happened": (
            "Baby B was Mother's first child. Mother was 19. Father was 23 and lived with his "
            "own parents, but stayed with Mother and Baby B most nights. At her first "
            "pregnancy appointment, Mother told the midwife that she had drunk heavily at "
            "weekends before the pregnancy. She said she had stopped. The midwife recorded "
            "this and gave advice. The information was not passed to the health visiting "
            "service when care was handed over after the birth.\n\n"
            "Mother went to most of her antenatal appointments on her own. Father came to one "
            "scan. Midwives discussed safe sleep with Mother at 34 weeks and again after the "
            "birth. The health visitor repeated this advice at the new birth visit, when Baby "
            "B was 12 days old. Mother showed the health visitor a cot in her bedroom and said "
            "Baby B always slept there. Father was not at home during any of these visits. No "
            "professional spoke to him about safe sleep, alcohol or what to do if he was "
            "caring for Baby B alone.\n\n"
            "When Baby B was 7 weeks old, the family was asked to leave their privately rented "
            "flat. The housing service placed them in temporary accommodation, a one-bedroom "
            "flat on the other side of town. Their belongings, including the cot, were stored "
            "in boxes. The housing officer knew there was a young baby. The housing service "
            "had no arrangement to tell health visitors when a family with a baby moved, and "
            "did not ask where Baby B would sleep.\n\n"
            "The GP practice saw Baby B for her 8-week check and vaccinations. The practice "
            "had the old address. Mother did not mention the move. The 6 to 8 week health "
            "visiting review was booked for the following week.\n\n"
            "In April 2024, Father had been out with friends and came back to the flat late at "
            "night. He had drunk several pints of beer. Baby B was unsettled. Mother was "
            "exhausted and went to bed. Father took Baby B onto the sofa and gave her a "
            "bottle. They both fell asleep. When Mother got up early the next morning, Baby B "
            "was not breathing. Mother called an ambulance. Paramedics began resuscitation and "
            "took Baby B to hospital, where she was pronounced dead.\n\n"
            "The police and the hospital followed the joint agency response for sudden "
            "unexpected deaths in childhood. A home visit took place the same day with a "
            "specialist nurse. There were no signs of injury or of deliberate harm. The "
            "coroner's inquest concluded that Baby B died from sudden unexpected death in "
            "infancy, and that the sleeping position and parental alcohol use were likely to "
            "have contributed. Publication of this review waited for the inquest to finish."
        ),
        "practice_issues": (
            "Safe sleep advice was given and recorded well, but it was given to one parent. "
            "Most sudden unexpected deaths in infancy (SUDI) in families known to services "
            "happen when the usual routine breaks down: a late night, a house move, a stay "
            "with relatives, or alcohol or drugs. The National Child Safeguarding Practice "
            "Review Panel described this in its 2020 review, 'Out of routine'. Advice in this "
            "case focused on the normal night, in the cot, with Mother. Nobody helped the "
            "family plan for a night that did not go to plan.\n\n"
            "Father was a regular carer, but he was largely unseen. Professionals knew he "
            "stayed most nights. Appointments and visits took place during his working hours. "
            "No one asked to meet him or arranged a time he could attend. He later told the "
            "reviewer that he knew 'not to put her in bed with you', but did not know that "
            "falling asleep with a baby on a sofa was even more dangerous, or that alcohol "
            "made the risk much higher.\n\n"
            "Information about Mother's past alcohol use stayed with the midwifery service. "
            "The handover to health visiting used a standard form that had no space for "
            "substance use. The health visitor therefore assessed the family as having "
            "universal needs. With the full picture, she would probably have offered extra "
            "visits and included alcohol in her safe sleep conversation.\n\n"
            "The move to temporary accommodation was a significant change for a baby at the "
            "most vulnerable age for SUDI. The housing service recorded the baby but did not "
            "see a role in safe sleep. It had no way of telling health services about the "
            "move. The GP practice and health visitors did not know the family had moved. "
            "Housing officers are often the only professionals to see where a baby will sleep "
            "in the first days after a move.\n\n"
            "The family's response to the emergency was immediate, and paramedics and hospital "
            "staff acted quickly and compassionately. The joint agency response was well "
            "coordinated. The review found no concerns about the response after Baby B's "
            "death.\n\n"
            "Overall, each agency did what its procedures asked. The learning is that the "
            "procedures themselves did not reach the parent who was caring for Baby B on the "
            "night she died, or follow the family through a change that increased risk."
        ),
        "what_needs_to_change": (
            "Safe sleep conversations must include both parents and any other regular carer. "
            "They should cover the nights when routines change. These include nights after "
            "drinking or drug use, house moves, stays with relatives and times when parents "
            "are very tired. Families should leave each conversation with a plan for those "
            "nights.\n\n"
            "Midwives must pass on what they know about alcohol and drug use when they hand "
            "over care to health visitors. The support a family gets should then match the "
            "level of risk.\n\n"
            "Housing services have a part to play in safe sleep. When a family with a baby "
            "under one moves into temporary housing, the housing officer should check where "
            "the baby will sleep. They should provide a cot if needed. They should also tell "
            "the health visiting service about the move.\n\n"
            "Fathers and male carers need to be seen and spoken to directly. Services should "
            "invite them at times they can attend. Every agency that meets a family with a new "
            "baby should ask who else cares for the baby. That person should hear the same "
            "advice."
        ),
        "content_warning": True,
        "findings": [
            {
                "title": "Advice did not cover out-of-routine nights",
                "text": (
                    "Mother received clear and repeated safe sleep advice. It described the "
                    "ideal: a cot, in the parents' room, every sleep. It did not help the "
                    "family think about the nights when the ideal would be hard, such as after "
                    "a night out or while living out of boxes. National evidence shows these "
                    "are the nights of greatest risk. Safe sleep conversations need to ask "
                    "'what would you do if...'."
                ),
            },
            {
                "title": "Father was a carer but not part of the conversation",
                "text": (
                    "Father cared for Baby B most nights, yet no professional met him to talk "
                    "about safe sleep or alcohol. Services were organised around Mother's "
                    "availability. This meant important advice reached only one of the two "
                    "people caring for Baby B. Engaging fathers and male carers needs "
                    "deliberate effort: asking who else cares for the baby, inviting them, and "
                    "offering times they can come."
                ),
            },
            {
                "title": "Information about alcohol use was lost at handover",
                "text": (
                    "The midwife knew about Mother's past heavy drinking. The health visitor "
                    "did not, because the handover form had no space for it. As a result the "
                    "family received a universal service. Information that affects the risk of "
                    "sudden infant death must travel with the family between services, and "
                    "handover forms should prompt for it rather than rely on the judgement of "
                    "individual practitioners."
                ),
            },
            {
                "title": "A house move increased risk and nobody was told",
                "text": (
                    "The family moved into temporary accommodation three weeks before Baby B "
                    "died. The housing service knew there was a baby but had no process to "
                    "check where she would sleep or to tell health visitors. Moves are a known "
                    "risk factor for sudden infant death. Housing officers are well placed to "
                    "spot unsafe sleeping arrangements and to link families to health visitors "
                    "and other support."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "Midwifery and health visiting services should use a safe sleep assessment "
                    "that involves both parents and plans for out-of-routine situations, "
                    "including alcohol and drug use, house moves and staying away from home."
                ),
                "actions": [
                    {
                        "agency": "health-visiting",
                        "description": (
                            "Introduce a safe sleep risk assessment and 'out of routine' plan "
                            "at the new birth visit, completed with both parents wherever "
                            "possible."
                        ),
                        "due_in_days": -600,
                        "status": "completed",
                        "completed_days_ago": 650,
                        "impact": (
                            "The assessment is now part of every new birth visit. An audit of "
                            "80 records in 2025 found an out-of-routine plan in 74 (93%). "
                            "Fathers or male carers took part in 49 (61%), up from 18% in a "
                            "baseline audit. The audit found the plan discussed alcohol in "
                            "every case where it was relevant."
                        ),
                        "evidence": "Health visiting records audit, 2025, 80 records",
                    },
                    {
                        "agency": "midwifery",
                        "description": (
                            "Invite fathers and partners to a safe sleep conversation before "
                            "discharge from hospital, including evening and weekend sessions "
                            "on the postnatal ward."
                        ),
                        "due_in_days": -500,
                        "status": "completed",
                        "completed_days_ago": 560,
                        "impact": (
                            "Evening and weekend sessions started in 2025. Over six months, "
                            "312 fathers or partners attended, around 58% of births in the "
                            "period. Feedback from 140 fathers showed 91% could name three "
                            "ways to reduce risk after the session, compared with 40% before "
                            "it."
                        ),
                        "evidence": "Maternity service evaluation, 2025",
                    },
                ],
            },
            {
                "text": (
                    "The midwifery handover to health visiting should include parental alcohol "
                    "and drug use, mental health and domestic abuse, so that health visitors "
                    "can match their support to the family's level of risk."
                ),
                "actions": [
                    {
                        "agency": "midwifery",
                        "description": (
                            "Revise the midwifery to health visiting handover form to include "
                            "mandatory fields on substance use, mental health and domestic "
                            "abuse."
                        ),
                        "due_in_days": -700,
                        "status": "completed",
                        "completed_days_ago": 760,
                        "impact": (
                            "The revised form has been in use since 2024. A 2025 audit of 60 "
                            "handovers found the new fields completed in 57 (95%). In 11 cases "
                            "the information led the health visiting service to offer an "
                            "enhanced level of support from the first visit."
                        ),
                        "evidence": "Joint midwifery and health visiting audit, 2025, 60 handovers",
                    },
                ],
            },
            {
                "text": (
                    "Housing services should check safe sleeping arrangements when a family "
                    "with a baby under one moves into temporary accommodation, provide a cot "
                    "where needed and notify the health visiting service."
                ),
                "actions": [
                    {
                        "agency": "housing",
                        "description": (
                            "Add a safe sleep check to the temporary accommodation placement "
                            "process, keep a stock of travel cots and notify health visiting "
                            "within two working days of a move."
                        ),
                        "due_in_days": -450,
                        "status": "completed",
                        "completed_days_ago": 520,
                        "impact": (
                            "All housing officers have been trained. In the first year, 43 "
                            "families with babies were placed in temporary accommodation; all "
                            "43 had a recorded safe sleep check, 17 were given a cot and "
                            "health visiting was notified within two working days in 40 cases "
                            "(93%)."
                        ),
                        "evidence": "Housing service monitoring data, 2025 to 2026",
                    },
                ],
            },
            {
                "text": (
                    "The partnership should run a local safe sleep campaign aimed at fathers "
                    "and male carers, focused on the risks of sofa-sharing and of sleeping "
                    "with a baby after drinking alcohol or taking drugs."
                ),
                "actions": [
                    {
                        "agency": "safeguarding-partnership",
                        "description": (
                            "Co-produce a safe sleep campaign with local fathers, using social "
                            "media, barbers, workplaces and football clubs, and evaluate its "
                            "reach."
                        ),
                        "due_in_days": -300,
                        "status": "completed",
                        "completed_days_ago": 330,
                        "impact": (
                            "The campaign ran for three months in 2025. Short films reached "
                            "about 48,000 local social media users. Materials went to 35 "
                            "barbers and 12 workplaces. A survey of 210 fathers found 72% "
                            "remembered the campaign and 64% said they had talked about it "
                            "with their partner."
                        ),
                        "evidence": "Campaign evaluation report, 2025",
                    },
                ],
            },
        ],
        "status": "published",
        "published_days_ago": 390,
        "removed_days_ago": None,
        "private_names": ["Lacey Marr", "Connor Bellingham", "Ivy-Mae Bellingham"],
        "briefing": {
            "case_in_brief": (
                "Baby B died at 10 weeks old after falling asleep on her father's chest on a "
                "sofa. He had been drinking. The family had just moved into temporary "
                "accommodation and the cot was still packed away. Mother had received good "
                "safe sleep advice from midwives and health visitors, but Father had never "
                "been part of those conversations. Health services did not know about the "
                "move, and information about past alcohol use was not passed on."
            ),
            "key_learning": [
                "Risk of sudden infant death rises when routines change: plan for those nights.",
                "Talk to every regular carer, especially fathers and male partners.",
                (
                    "Alcohol and drug use must be shared at handover between midwives and "
                    "health visitors."
                ),
                (
                    "A house move with a young baby is a safe sleep risk: ask where the baby "
                    "will sleep."
                ),
            ],
            "what_has_changed": [
                "Health visitors complete an 'out of routine' safe sleep plan with both parents.",
                "The midwifery handover form now covers alcohol, drugs, mental health and abuse.",
                (
                    "Housing officers check sleeping arrangements, provide cots and tell "
                    "health visitors."
                ),
                "A safe sleep campaign for fathers reached thousands of local families.",
            ],
            "reflective_questions": [
                "Who else cares for this baby overnight, and have you spoken to them?",
                "What would this family do on a night when things do not go to plan?",
                "What information do you pass on when a family moves to another service?",
                "How would you know if a baby on your caseload had moved home?",
            ],
        },
    },
    {
        "reference": "NEL-2024-01",
        "pseudonym": "Child C (16)",
        "title": "Child C: criminal exploitation after exclusion from school",
        "review_type": "local",
        "harm": "serious_harm",
        "age_band": "15_to_17",
        "sex": "male",
        "incident_month": 1,
        "incident_year": 2024,
        "decision_days_ago": 1000,
        "themes": [
            "child-criminal-exploitation",
            "adolescents",
            "missing-children",
            "information-sharing",
        ],
        "agencies": [
            "police",
            "youth-justice",
            "school",
            "education-inclusion",
            "childrens-social-care",
            "hospital",
        ],
        "reviewer_name": "Mark Penrose",
        "summary": (
            "Child C was 16 when he was stabbed and seriously injured. For two years before "
            "this, he had been criminally exploited by adults who used him to sell drugs in "
            "other towns. His problems began after he was permanently excluded from school at "
            "14 and placed on a part-time timetable. He went missing many times. Professionals "
            "often saw him as making bad choices rather than as a child being exploited. "
            "Information held by different agencies was not brought together. This review "
            "considers how the partnership can spot exploitation earlier and respond to "
            "children as victims."
        ),
        "what_happened": (
            "Child C lived with his mother and two younger sisters. His father had left when "
            "he was small and had little contact. At primary school Child C was described as "
            "lively and popular, but he struggled with reading. Nobody assessed whether he had "
            "speech and language needs.\n\n"
            "In his first two years at secondary school, Child C was suspended six times, "
            "mostly for disruptive behaviour and leaving lessons. Mother asked the school for "
            "help. An early help plan was offered but did not start before, at the age of 14, "
            "he was permanently excluded after a fight. He was given a place at the local "
            "alternative provision on a part-time timetable of two hours a day.\n\n"
            "Over the next four months, Child C went missing from home nine times. On three "
            "occasions police found him in towns more than 50 miles away, carrying cash and "
            "more than one mobile phone. He was offered return home interviews but took part "
            "in only one. He said he had been 'with mates'. Police shared each missing episode "
            "with children's social care, but the reports were recorded separately and not "
            "reviewed together.\n\n"
            "When Child C was 15, police arrested him in another force area for possessing "
            "class A drugs with intent to supply. He was charged and later received a referral "
            "order. The youth justice service worked with him and recognised signs of "
            "exploitation. A referral to the National Referral Mechanism, which identifies "
            "victims of modern slavery, was made five months after his arrest.\n\n"
            "Children's social care assessed Child C as a child in need. A strategy discussion "
            "about exploitation took place. His case was discussed twice at the multi-agency "
            "child exploitation meeting. Actions were agreed, including disrupting the adults "
            "involved, but the minutes show they were not followed up. Mother repeatedly asked "
            "for Child C to be moved away from the area. She said she was frightened for him "
            "and for his sisters.\n\n"
            "Child C was seen at the emergency department twice with minor injuries. On the "
            "second visit he said he had been 'jumped'. The hospital did not have a youth "
            "worker and made no referral.\n\n"
            "In January 2024, Child C was stabbed in a park near his home. He needed emergency "
            "surgery and spent three weeks in hospital. He survived. Two adults were later "
            "convicted of offences linked to his exploitation. Publication of this review was "
            "delayed until the criminal trial had finished."
        ),
        "practice_issues": (
            "Child C's permanent exclusion was a turning point. Before it he was in school all "
            "day. After it he had 22 hours a week with no education and no one checking where "
            "he was. The National Child Safeguarding Practice Review Panel's 2020 review of "
            "child criminal exploitation, 'It was hard to escape', identified exclusion as a "
            "key moment of risk. Nobody treated it as such here. No multi-agency meeting took "
            "place before or after the exclusion.\n\n"
            "The language in the records often described Child C as 'choosing' to go missing "
            "or 'putting himself at risk'. This language shifts responsibility from the adults "
            "who exploit children to the children themselves. It can lead professionals to see "
            "a child as an offender first and a victim second. Boys from some backgrounds are "
            "especially likely to be seen as older and more responsible than they are. This is "
            "sometimes called adultification.\n\n"
            "Each missing episode was treated as a separate event. No one looked at the "
            "pattern: the distances travelled, the cash and phones, the places he was found. "
            "Return home interviews are one of the few chances to hear a child's account. When "
            "Child C declined them, there was no plan for another approach, such as a worker "
            "he already trusted.\n\n"
            "Information was held in many places. The police had intelligence about the adults "
            "involved. The youth justice service knew about the drug debt. The alternative "
            "provision knew Child C had been threatened. Children's social care knew about the "
            "missing episodes. The multi-agency exploitation meeting should have brought this "
            "together, but its actions were not tracked and no one agency owned them.\n\n"
            "The referral to the National Referral Mechanism was late. A timely referral would "
            "have recognised Child C as a possible victim and could have informed decisions in "
            "the criminal case.\n\n"
            "Mother's requests for help were not treated as information about risk. Parents of "
            "exploited children often see the danger clearly before professionals do. Her fear "
            "for her daughters showed the risk reached the whole family.\n\n"
            "Finally, the emergency department saw Child C twice with injuries consistent with "
            "violence. These were 'reachable moments', when a young person may be more open to "
            "help. Without a referral pathway, they passed."
        ),
        "what_needs_to_change": (
            "Permanent exclusion and part-time timetables must be treated as safeguarding "
            "events. Before a child at risk of exploitation is excluded, the agencies involved "
            "should meet. There should be a plan for the hours the child is not in school.\n\n"
            "Practitioners must use words that treat exploited children as victims. Missing "
            "episodes should be looked at together, not one at a time. Where possible, return "
            "home interviews should be offered by someone the child already knows.\n\n"
            "The multi-agency exploitation meeting needs a clear way to track its actions. It "
            "should report any that are not done. Police should share what they know about the "
            "adults exploiting a child with the agencies working with that child. Referrals to "
            "the National Referral Mechanism should be made as soon as exploitation is "
            "suspected.\n\n"
            "The hospital should make sure that young people hurt by violence can see a youth "
            "worker. They should be offered support. Parents who ask for help to protect their "
            "children should be listened to. They should be part of the plan."
        ),
        "content_warning": False,
        "findings": [
            {
                "title": "Exclusion opened the door to exploitation",
                "text": (
                    "After his permanent exclusion Child C had only two hours of education a "
                    "day. Within weeks he was going missing and travelling to other towns. "
                    "Exclusion removed the protection that a full school day gives, and nobody "
                    "planned for the hours he was not in education. Decisions to exclude a "
                    "child at risk should involve safeguarding partners, not only the school."
                ),
            },
            {
                "title": "A victim seen as an offender",
                "text": (
                    "Records described Child C as making choices and being 'streetwise'. When "
                    "he was arrested with drugs, the criminal justice response came before the "
                    "safeguarding response. The National Referral Mechanism referral took five "
                    "months. Children who are exploited are victims, even when they are also "
                    "involved in crime. The words professionals use shape how they respond, "
                    "and how the child sees himself."
                ),
            },
            {
                "title": "Missing episodes were not seen as a pattern",
                "text": (
                    "Nine missing episodes in four months, often with cash and phones, point "
                    "strongly to criminal exploitation. Each episode was recorded separately, "
                    "and return home interviews were declined with no other plan. Reviewing "
                    "missing episodes together, and asking who the child trusts, would have "
                    "given a clearer picture and a better chance of hearing his account. It "
                    "would also have helped police to identify the places and adults involved."
                ),
            },
            {
                "title": "Agreed actions were not followed through",
                "text": (
                    "The multi-agency exploitation meeting discussed Child C twice and agreed "
                    "sensible actions, including disruption of the adults involved. There was "
                    "no system to check whether they had been done, and most were not. "
                    "Multi-agency meetings need clear owners, deadlines and follow-up. Without "
                    "these, agencies can believe that someone else is acting. In this case, "
                    "that belief left Child C and his family without the protection everyone "
                    "thought was in place."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "Schools, the education inclusion service and children's social care "
                    "should agree a protocol so that no child known to be at risk of "
                    "exploitation is permanently excluded, or placed on a part-time timetable, "
                    "without a multi-agency safety plan."
                ),
                "actions": [
                    {
                        "agency": "education-inclusion",
                        "description": (
                            "Agree and launch a protocol requiring a multi-agency meeting "
                            "before any child open to social care or youth justice is "
                            "permanently excluded or placed on a part-time timetable."
                        ),
                        "due_in_days": -650,
                        "status": "completed",
                        "completed_days_ago": 700,
                        "impact": (
                            "All secondary schools signed up to the protocol. In 2025, 23 "
                            "meetings took place before planned exclusions of children at "
                            "risk; 14 exclusions were avoided through managed moves or extra "
                            "support. Part-time timetables for these children fell from 41 to "
                            "19 over the year."
                        ),
                        "evidence": "Education inclusion annual report, 2025",
                    },
                ],
            },
            {
                "text": (
                    "The partnership should strengthen the multi-agency child exploitation "
                    "meeting so that information is brought together, actions have named "
                    "owners and deadlines, progress is checked at every meeting, and "
                    "incomplete actions are escalated to senior managers."
                ),
                "actions": [
                    {
                        "agency": "police",
                        "description": (
                            "Introduce a shared action tracker for the exploitation meeting, "
                            "with monthly reporting of overdue actions to the partnership's "
                            "exploitation subgroup."
                        ),
                        "due_in_days": -720,
                        "status": "completed",
                        "completed_days_ago": 760,
                        "impact": (
                            "The tracker has been used since 2024. Over 12 months, 87% of "
                            "actions were completed on time, up from an estimated 45% in a "
                            "review of earlier minutes. Overdue actions are now reported "
                            "monthly, and six were escalated to senior managers in the first "
                            "year."
                        ),
                        "evidence": "Exploitation subgroup performance report, 2025",
                    },
                    {
                        "agency": "childrens-social-care",
                        "description": (
                            "Set up a co-located exploitation team, with police, social care, "
                            "youth justice and health staff sharing information daily about "
                            "children at risk."
                        ),
                        "due_in_days": -60,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "Business case approved; recruitment of health post under way",
                    },
                ],
            },
            {
                "text": (
                    "Agencies should adopt guidance on the language used about exploited "
                    "children, so that they are described and treated as victims, and should "
                    "make National Referral Mechanism referrals as soon as exploitation is "
                    "suspected."
                ),
                "actions": [
                    {
                        "agency": "youth-justice",
                        "description": (
                            "Publish partnership language guidance and train staff in making "
                            "timely National Referral Mechanism referrals, with a target of "
                            "referral within ten working days of suspicion."
                        ),
                        "due_in_days": -600,
                        "status": "completed",
                        "completed_days_ago": 640,
                        "impact": (
                            "Training reached 260 staff. An audit of 40 case records in 2025 "
                            "found victim-blaming language in 6 (15%), down from 29 of 40 "
                            "(73%) before the guidance. Median time from suspicion to referral "
                            "fell from 94 days to 12."
                        ),
                        "evidence": "Language and referral audit, 2025, 40 records",
                    },
                ],
            },
            {
                "text": (
                    "The acute hospital should provide a youth work service in the emergency "
                    "department for young people injured by violence, with a clear referral "
                    "route to children's social care and the exploitation team."
                ),
                "actions": [
                    {
                        "agency": "hospital",
                        "description": (
                            "Commission a youth work service in the emergency department, "
                            "available in the evenings and at weekends, and agree its referral "
                            "pathway."
                        ),
                        "due_in_days": -450,
                        "status": "completed",
                        "completed_days_ago": 480,
                        "impact": (
                            "The service started in 2025. In its first nine months youth "
                            "workers saw 118 young people aged 11 to 18 after violent "
                            "injuries. Eighty-one accepted ongoing support, and 22 were "
                            "referred to the exploitation team. No young person supported "
                            "returned with a violent injury within six months."
                        ),
                        "evidence": "Youth work service evaluation, 2025 to 2026",
                    },
                ],
            },
        ],
        "status": "published",
        "published_days_ago": 400,
        "removed_days_ago": None,
        "private_names": ["Kyle Brannigan", "Donna Brannigan", "Reece Tulloch"],
        "briefing": {
            "case_in_brief": (
                "Child C was stabbed at 16. For two years adults had exploited him to sell "
                "drugs in other towns. His exploitation began after a permanent exclusion left "
                "him with two hours of education a day. He went missing nine times in four "
                "months. Agencies held pieces of information that were not brought together, "
                "and agreed actions were not followed up. He was often seen as making choices "
                "rather than as a victim."
            ),
            "key_learning": [
                "Exclusion and part-time timetables are moments of high risk for exploitation.",
                "Exploited children are victims first, even when they are also involved in crime.",
                "Look at missing episodes together: distance, money and phones tell a story.",
                "Multi-agency actions need an owner, a deadline and someone checking.",
                "Injuries from violence can be a 'reachable moment': have a route to help.",
            ],
            "what_has_changed": [
                "A multi-agency meeting now takes place before a child at risk is excluded.",
                "Exploitation meeting actions are tracked and overdue actions escalated.",
                (
                    "Staff have guidance on language, and referrals to the National Referral "
                    "Mechanism are faster."
                ),
                "Youth workers now support injured young people in the emergency department.",
            ],
            "reflective_questions": [
                "What words do you use to describe a child who goes missing or carries drugs?",
                "When did you last review a child's missing episodes together, not one at a time?",
                "If a child you work with were excluded tomorrow, who would plan for their day?",
                "How do you check that actions agreed at a meeting have actually happened?",
            ],
        },
    },
    {
        "reference": "NEL-2024-03",
        "pseudonym": "Baby D",
        "title": "Baby D: a bruise in a non-mobile baby and the man in the household",
        "review_type": "local",
        "harm": "serious_harm",
        "age_band": "under_1",
        "sex": "male",
        "incident_month": 11,
        "incident_year": 2024,
        "decision_days_ago": 700,
        "themes": [
            "non-accidental-injury",
            "under-ones",
            "physical-abuse",
            "unseen-men",
            "professional-curiosity",
        ],
        "agencies": [
            "midwifery",
            "health-visiting",
            "general-practice",
            "hospital",
            "childrens-social-care",
            "police",
            "school",
        ],
        "reviewer_name": "Dr Simon Okafor",
        "summary": (
            "Baby D was 4 months old when he suffered a serious head injury and was found to "
            "have older rib fractures. Mother's partner was later convicted of causing his "
            "injuries. A month earlier, a GP had seen a small bruise on Baby D's cheek and "
            "accepted an explanation that an older child had hit him with a toy. The local "
            "protocol says that any bruise on a baby who is not yet mobile must be referred to "
            "children's social care and assessed by a paediatrician. Professionals also knew "
            "very little about Mother's partner, who had a history of violence. This review "
            "looks at both issues."
        ),
        "what_happened": (
            "Baby D lived with Mother and his two older half-siblings, aged 5 and 7. At her "
            "first pregnancy appointment Mother told the midwife that Baby D's father was 'not "
            "on the scene'. This was recorded, and the father's details were left blank. In "
            "fact Mother's partner, who was Baby D's father, stayed at the house most nights. "
            "He had a history of domestic abuse against a previous partner, which was known to "
            "the police. No health professional knew about this.\n\n"
            "The pregnancy and birth were straightforward. Midwives and the health visitor "
            "gave Mother advice about coping with a crying baby. Mother said Baby D cried a "
            "great deal and that she was tired. The health visitor noted a man's work boots "
            "and jacket in the hallway at the 6 to 8 week review. Mother said they belonged to "
            "her brother. The health visitor did not ask more and did not record the "
            "observation.\n\n"
            "When Baby D was 3 months old, Mother took him to the GP practice with a cold. The "
            "doctor, a locum who did not usually work at the practice, noticed a small bruise "
            "on his left cheek. Mother said his 5-year-old sister had hit him with a plastic "
            "toy. The doctor recorded the bruise and the explanation. He did not make a "
            "referral. He later told the review that he had not known about the local protocol "
            "for bruising in babies who are not yet mobile, and that the explanation seemed "
            "plausible.\n\n"
            "The older children's primary school had noticed that the 7-year-old had become "
            "withdrawn. He told a teaching assistant that 'Mum's friend shouts a lot'. The "
            "school recorded this and spoke to Mother, who said there had been an argument. "
            "The school did not share the information with any other agency.\n\n"
            "In November 2024, Mother's partner called an ambulance, saying Baby D had gone "
            "floppy after a feed. Baby D was having seizures. A scan at the hospital showed "
            "bleeding on the brain and at the back of the eyes. An X-ray skeletal survey found "
            "rib fractures that were two to three weeks old. The hospital made an urgent "
            "referral to children's social care. A strategy discussion took place within two "
            "hours, and a police investigation began.\n\n"
            "All three children were placed with relatives. Baby D spent six weeks in "
            "hospital. He has ongoing developmental needs as a result of his injuries. "
            "Mother's partner was later convicted of causing grievous bodily harm. Publication "
            "of this review waited until the criminal proceedings had finished."
        ),
        "practice_issues": (
            "A bruise on a baby who is not yet rolling, crawling or cruising is rare. It can "
            "be a warning sign of physical abuse, and sometimes the only visible sign before a "
            "much more serious injury. For this reason the partnership's protocol says that "
            "every bruise or mark on a non-mobile baby must lead to a referral to children's "
            "social care and a same-day assessment by a paediatrician, whatever the "
            "explanation. The protocol was not followed. The locum GP had not been told about "
            "it when he started work at the practice.\n\n"
            "The explanation given was plausible, and Mother presented as caring. The protocol "
            "exists precisely because a plausible explanation is not enough. Professionals "
            "should not have to decide on their own whether a bruise is accidental. That is "
            "the job of the paediatric assessment.\n\n"
            "Mother's partner was largely unseen by professionals. His name was not recorded "
            "at booking, and no one asked again who lived in or regularly visited the home. "
            "When the health visitor saw men's boots and a jacket, she accepted the first "
            "explanation. Professional curiosity means gently checking what we are told, "
            "especially when it matters for a young baby's safety. Asking 'who else looks "
            "after the baby?' at every contact is a simple, non-judgemental way to do this.\n\n"
            "The police held information about the partner's past violence. Because health "
            "services did not know he was part of the household, they could not ask the police "
            "about him. National reviews have repeatedly found that men who pose a risk to "
            "babies are often invisible to the services supporting the mother. The National "
            "Child Safeguarding Practice Review Panel's 2021 report, 'The Myth of Invisible "
            "Men', describes this pattern.\n\n"
            "Mother said that Baby D cried a lot and that she was exhausted. Advice about "
            "crying was given only to her. The partner, who was often alone with the baby, was "
            "not told how to cope with crying or about the dangers of shaking.\n\n"
            "The school's information about the 7-year-old was another missed piece. A child "
            "describing an adult who 'shouts a lot' in a home with a new baby should prompt "
            "curiosity about who that adult is. It should also prompt a conversation with the "
            "school's designated safeguarding lead about whether to share it."
        ),
        "what_needs_to_change": (
            "Every professional who may see a baby must know and follow the bruising protocol. "
            "This includes locum, agency and newly appointed staff. The protocol should be "
            "part of every induction, and GP systems should prompt clinicians when they record "
            "a bruise on a baby under six months.\n\n"
            "Midwives and health visitors should ask at every contact who lives in the "
            "household and who looks after the baby, and record the details of fathers and "
            "partners. Where a man is part of a baby's life, services should consider whether "
            "to check with the police for relevant history.\n\n"
            "Advice about coping with crying must reach every carer, not only mothers. Schools "
            "need to share concerns about adults in the home when there is a baby in the "
            "family, and know that they can seek advice from the Multi-Agency Safeguarding "
            "Hub. The partnership should check, through audit, that these changes are making a "
            "difference for babies."
        ),
        "content_warning": True,
        "findings": [
            {
                "title": "The bruising protocol was not followed",
                "text": (
                    "A bruise on a 3-month-old baby was seen, recorded and explained away. The "
                    "locum GP did not know the local protocol. If it had been followed, Baby D "
                    "would have had a paediatric assessment and skeletal survey a month before "
                    "his head injury. His rib fractures may have been found then. The protocol "
                    "only works if every clinician knows it, including temporary staff."
                ),
            },
            {
                "title": "The man in the household was not seen",
                "text": (
                    "Mother's partner spent most nights at the home but appeared in no health "
                    "record. The father's details were left blank at booking and never "
                    "updated. Signs that a man was present, such as boots in the hallway, were "
                    "not followed up. Because he was unseen, nobody knew about his history of "
                    "violence or spoke to him about crying and safe handling."
                ),
            },
            {
                "title": "Information that could have changed the picture",
                "text": (
                    "Three agencies held relevant information: the police knew about past "
                    "violence, the school knew a child was frightened of an adult, and the GP "
                    "practice had seen a bruise. None of them knew what the others knew. "
                    "Sharing any one of these pieces, through the Multi-Agency Safeguarding "
                    "Hub, could have led to an assessment of risk to the baby before he was "
                    "seriously hurt."
                ),
            },
            {
                "title": "Crying advice reached only one parent",
                "text": (
                    "Babies' crying peaks at around 6 to 8 weeks and is a common trigger for "
                    "abusive head trauma. Mother told several professionals she was exhausted "
                    "by Baby D's crying. Advice on coping with crying was given to her alone. "
                    "Advice must reach every person who cares for the baby, particularly "
                    "fathers and partners, who are most often the perpetrators of this type of "
                    "injury."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "All agencies should make sure that every practitioner who may see a baby, "
                    "including locum and agency staff, knows and follows the partnership's "
                    "protocol for bruising and marks in non-mobile babies."
                ),
                "actions": [
                    {
                        "agency": "general-practice",
                        "description": (
                            "Add the bruising protocol to the induction pack for all GP locums "
                            "and add an electronic prompt when a bruise is recorded for a baby "
                            "under six months."
                        ),
                        "due_in_days": -380,
                        "status": "completed",
                        "completed_days_ago": 420,
                        "impact": (
                            "The prompt went live in all practices in 2025. An audit of "
                            "referrals found that all 14 bruises recorded in non-mobile babies "
                            "in the following nine months led to a referral and paediatric "
                            "assessment, compared with 9 of 15 in the year before. Two of "
                            "those babies were found to have other injuries."
                        ),
                        "evidence": "Bruising protocol audit, 2025 to 2026",
                    },
                    {
                        "agency": "hospital",
                        "description": (
                            "Include the bruising protocol in mandatory safeguarding training "
                            "for all emergency department and paediatric staff, including bank "
                            "and agency staff."
                        ),
                        "due_in_days": -300,
                        "status": "completed",
                        "completed_days_ago": 330,
                        "impact": (
                            "Protocol training compliance reached 96% of 410 emergency "
                            "department and paediatric staff by 2026. A spot check of 20 "
                            "agency staff found 19 could describe the protocol correctly and "
                            "knew how to make a referral."
                        ),
                        "evidence": "Training records and spot check, 2026",
                    },
                ],
            },
            {
                "text": (
                    "Midwives and health visitors should ask at every contact who lives in the "
                    "household and who cares for the baby, and record the details of fathers "
                    "and male carers, so that their history can be considered."
                ),
                "actions": [
                    {
                        "agency": "midwifery",
                        "description": (
                            "Make the father's or partner's details a required field at "
                            "booking, and repeat the question at 28 weeks, at discharge and at "
                            "every home visit."
                        ),
                        "due_in_days": -420,
                        "status": "completed",
                        "completed_days_ago": 460,
                        "impact": (
                            "A records audit of 100 pregnancies in 2025 found the father's or "
                            "partner's details recorded in 88, up from 52 in a baseline audit. "
                            "In 9 cases the details led to an information request to the "
                            "police, and in 3 of these, extra support was put in place."
                        ),
                        "evidence": "Maternity records audit, 2025, 100 records",
                    },
                    {
                        "agency": "health-visiting",
                        "description": (
                            "Introduce the question 'who else looks after your baby?' at every "
                            "health visiting contact and record the answer on the family's "
                            "record."
                        ),
                        "due_in_days": -350,
                        "status": "completed",
                        "completed_days_ago": 400,
                        "impact": (
                            "The question is now on every contact template. An audit of 60 "
                            "records in 2025 found it answered in 55 (92%). Health visitors "
                            "reported that it made conversations about other carers easier and "
                            "less confrontational."
                        ),
                        "evidence": "Health visiting audit, 2025, 60 records; staff survey",
                    },
                ],
            },
            {
                "text": (
                    "The police and health services should agree a process for sharing "
                    "relevant history of violence when a man who poses a risk is part of a "
                    "household with a baby or an expected baby."
                ),
                "actions": [
                    {
                        "agency": "police",
                        "description": (
                            "Agree an information-sharing process with midwifery and health "
                            "visiting, including a route for health staff to ask about a "
                            "partner's history of violence."
                        ),
                        "due_in_days": -90,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "Draft agreement with legal teams",
                    },
                ],
            },
            {
                "text": (
                    "Advice on coping with crying and the dangers of shaking a baby should be "
                    "given to every parent and carer of a new baby, with particular effort to "
                    "reach fathers and partners who work during the day."
                ),
                "actions": [
                    {
                        "agency": "health-visiting",
                        "description": (
                            "Deliver the crying programme to both parents at the new birth "
                            "visit and 6 to 8 week review, with evening visits or video calls "
                            "offered to fathers who work during the day."
                        ),
                        "due_in_days": 120,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
        ],
        "status": "published",
        "published_days_ago": 200,
        "removed_days_ago": None,
        "private_names": ["Harley Dunmore", "Chelsea Dunmore", "Lee Pritchard"],
        "briefing": {
            "case_in_brief": (
                "Baby D was 4 months old when he suffered a serious head injury. Older rib "
                "fractures were also found. Mother's partner was convicted of causing his "
                "injuries. A month earlier, a locum GP had seen a bruise on Baby D's cheek and "
                "accepted an innocent explanation, without following the bruising protocol. "
                "Mother's partner, who had a history of violence, was unknown to health "
                "services. A sibling had told school that an adult at home shouted a lot."
            ),
            "key_learning": [
                "Any bruise on a non-mobile baby needs a referral and paediatric assessment.",
                "A plausible explanation is not a reason to skip the protocol.",
                "Ask 'who else looks after your baby?' at every contact.",
                "Advice about crying and shaking must reach fathers and partners.",
            ],
            "what_has_changed": [
                "GP systems prompt clinicians when a bruise is recorded on a young baby.",
                "Locum, bank and agency staff are trained in the bruising protocol.",
                (
                    "Midwives and health visitors record fathers' and partners' details at "
                    "every stage."
                ),
            ],
            "reflective_questions": [
                "Would a locum or new starter in your team know the bruising protocol?",
                "How do you find out who really lives in, or visits, a baby's home?",
                "What would you do if an explanation for an injury seemed to make sense?",
                "When a child tells you about an adult at home, who do you share it with?",
            ],
        },
    },
    {
        "reference": "NEL-2025-02",
        "pseudonym": "Child E (15)",
        "title": "Child E: self-harm, waiting for help and life online",
        "review_type": "local",
        "harm": "death",
        "age_band": "15_to_17",
        "sex": "female",
        "incident_month": 3,
        "incident_year": 2025,
        "decision_days_ago": 560,
        "themes": [
            "suicide",
            "child-mental-health",
            "online-abuse",
            "adolescents",
            "information-sharing",
        ],
        "agencies": [
            "camhs",
            "school",
            "general-practice",
            "hospital",
            "police",
            "childrens-social-care",
        ],
        "reviewer_name": "Dr Meera Kaul",
        "summary": (
            "Child E was 15 when she died by suicide. She had been self-harming for over a "
            "year and had told her school she felt like a burden. She was referred to child "
            "and adolescent mental health services but did not meet the criteria for "
            "specialist help and waited months for lower-level support. After she went to "
            "hospital following an overdose, a follow-up appointment was sent to the wrong "
            "address and her school was not told. Nobody asked about her life online, where "
            "she was being bullied and seeing harmful content. This review looks at how "
            "services can work together for young people who self-harm."
        ),
        "what_happened": (
            "Child E lived with her mother and stepfather. Her parents had separated when she "
            "was 8. She saw her father, who lived in another part of the country, during "
            "school holidays. Her grandmother, to whom she was very close, died when Child E "
            "was 13. Family members described her as funny, creative and kind, with a love of "
            "drawing and animals.\n\n"
            "At 14, Child E told a teacher that she had been cutting her arms. The school's "
            "designated safeguarding lead spoke to her and to Mother, and the school nurse saw "
            "her twice. The GP referred her to child and adolescent mental health services "
            "(CAMHS). CAMHS screened the referral and decided she did not need specialist "
            "treatment. They recommended support from the mental health support team that "
            "worked in her school. That team had a waiting list of four months.\n\n"
            "While she waited, Child E saw the school counsellor six times. She said she felt "
            "'like a burden' and that other girls were sending cruel messages about her in "
            "group chats. The counsellor recorded this and encouraged her to tell her mother. "
            "The counsellor did not share it with the safeguarding lead, believing it to be "
            "confidential.\n\n"
            "When she was 15, Child E took an overdose and was taken to the emergency "
            "department by ambulance. She was assessed by the CAMHS liaison team the next day. "
            "She said she had acted on impulse after an argument online. A safety plan was "
            "agreed with her and Mother, and she was discharged with a follow-up appointment "
            "to be offered within seven days. The letter was sent to Father's address, which "
            "was still on an old record. Child E did not receive it. She was not seen again by "
            "CAMHS for five weeks. The school was not told about the hospital attendance.\n\n"
            "Around this time, police received a report from another parent that Child E had "
            "been sent threatening messages. An officer spoke to Child E and Mother and gave "
            "advice about blocking and reporting accounts. The report was closed. It was not "
            "shared with the school or with CAMHS.\n\n"
            "Child E's phone was examined after her death. It showed that she had spent many "
            "hours viewing content about self-harm and suicide on social media, and that she "
            "had been excluded and mocked in several group chats. Her parents had not known "
            "the extent of this, and no professional had asked her about it in detail.\n\n"
            "In March 2025 Child E died at home. The coroner concluded that she died by "
            "suicide. Publication of this review waited until the inquest had finished. Her "
            "family contributed to the review and asked that her story be used to help other "
            "young people."
        ),
        "practice_issues": (
            "Many professionals cared about Child E and tried to help her. The review found "
            "that the help available did not fit together. It depended on her waiting, on "
            "letters reaching her and on information passing between people who did not talk "
            "to each other.\n\n"
            "The decision that Child E did not meet the criteria for specialist child and "
            "adolescent mental health services (CAMHS) was made on the information in the "
            "referral. The referral described self-harm but not her grief, the online bullying "
            "or her sense of being a burden. A fuller picture might have led to a different "
            "decision. The four-month wait for the school-based team left a gap in which the "
            "only support came from a counsellor who was not linked to the wider system.\n\n"
            "Confidentiality was misunderstood. Young people are entitled to privacy, and "
            "trusting relationships depend on it. But when a young person is self-harming and "
            "feels like a burden, information must be shared with those who can help keep them "
            "safe. National guidance on information sharing and suicide prevention is clear "
            "that worries about confidentiality should not prevent this. The counsellor did "
            "not know that.\n\n"
            "The period after a hospital attendance for self-harm is one of high risk. The "
            "follow-up appointment relied on a single letter to an address that was out of "
            "date. No one phoned Child E or her mother when she did not attend. Her school, "
            "where she spent most of her day, was not told she had been in hospital.\n\n"
            "Professionals did not ask about Child E's online life. For many young people, "
            "online and offline life are one and the same. The bullying she experienced in "
            "group chats was known in pieces to the counsellor and the police, but nobody saw "
            "it as part of her mental health. Nobody asked what she was viewing. The review "
            "heard from practitioners that they lacked confidence in raising these topics.\n\n"
            "Risk was assessed at several points using checklists. National guidance from the "
            "National Institute for Health and Care Excellence advises against using risk "
            "tools to predict suicide. It recommends a full psychosocial assessment focused on "
            "the young person's needs, and safety planning with them and their family.\n\n"
            "Finally, Child E's grief for her grandmother was mentioned in several records but "
            "never explored. Bereavement is a known risk factor for self-harm in young people."
        ),
        "what_needs_to_change": (
            "Young people who self-harm need a clear route into help, with no gap between "
            "school support and specialist child and adolescent mental health services "
            "(CAMHS). Referrals should describe the whole of the young person's life, "
            "including grief, relationships and online experiences. When a referral does not "
            "meet the criteria for specialist help, someone must make sure the young person "
            "receives another service quickly.\n\n"
            "After a hospital attendance for self-harm, follow-up must be arranged before the "
            "young person leaves, confirmed by phone, and checked if they do not attend. With "
            "the young person's knowledge, the school should be told so that it can support "
            "them.\n\n"
            "Everyone working with young people needs to understand when and how to share "
            "information to keep a young person safe, including school counsellors. "
            "Practitioners should ask young people about their online lives as a routine part "
            "of any assessment.\n\n"
            "Police reports of online bullying involving a young person known to be at risk "
            "should be shared with the school."
        ),
        "content_warning": True,
        "findings": [
            {
                "title": "A gap between school support and specialist help",
                "text": (
                    "Child E did not meet the criteria for specialist child and adolescent "
                    "mental health services (CAMHS) and waited four months for the "
                    "school-based mental health team. During that time her only support was a "
                    "counsellor working on her own. Young people who are not accepted by "
                    "specialist services still need timely help. Someone needs to hold "
                    "responsibility for making sure they receive it, and for noticing when "
                    "things get worse."
                ),
            },
            {
                "title": "Confidentiality was put before safety",
                "text": (
                    "Child E told the counsellor she felt like a burden and was being bullied. "
                    "The counsellor believed this had to stay confidential. Young people's "
                    "privacy matters, but it does not outweigh their safety. Practitioners "
                    "need to know that they can, and should, share information when a young "
                    "person is at risk of suicide, ideally explaining to the young person why "
                    "they are doing so."
                ),
            },
            {
                "title": "Follow-up after hospital depended on a letter",
                "text": (
                    "After her overdose, Child E's follow-up appointment was sent by letter to "
                    "an old address. No one phoned, and nobody checked when she did not "
                    "attend. The weeks after a hospital attendance for self-harm carry a high "
                    "risk. Follow-up should be booked before discharge, confirmed directly "
                    "with the young person and family, and actively chased if missed, using "
                    "more than one way of making contact."
                ),
            },
            {
                "title": "Her online life was not explored",
                "text": (
                    "Child E was bullied in group chats and spent hours viewing harmful "
                    "content about self-harm and suicide. Different professionals knew parts "
                    "of this but no one asked about it in detail or linked it to her mental "
                    "health. Asking about online life should be a routine part of every "
                    "assessment. Practitioners need training and confidence to have these "
                    "conversations calmly and without judgement."
                ),
            },
            {
                "title": "Grief was noted but not explored",
                "text": (
                    "Child E's grandmother died when she was 13. Several records mentioned it, "
                    "but no one asked Child E what the loss meant to her or offered "
                    "bereavement support. Bereavement is a recognised risk factor for "
                    "self-harm in young people. When a young person has experienced a "
                    "significant loss, professionals should talk about it with them and "
                    "consider specialist bereavement support."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "Child and adolescent mental health services (CAMHS) and the school-based "
                    "mental health support teams should operate a single point of access, so "
                    "that no young person who self-harms waits without support, and so that "
                    "referrals not accepted for specialist help are passed on the same week."
                ),
                "actions": [
                    {
                        "agency": "camhs",
                        "description": (
                            "Create a single point of access for child and adolescent mental "
                            "health services and the mental health support teams, with a "
                            "weekly joint meeting to allocate every referral to a named "
                            "service."
                        ),
                        "due_in_days": -20,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": (
                            "Joint meeting running since spring 2026; shared system not live"
                        ),
                    },
                ],
            },
            {
                "text": (
                    "After any hospital attendance for self-harm, follow-up should be booked "
                    "before discharge, confirmed by telephone, and actively followed up if "
                    "missed. With the young person's knowledge, the school should be told so "
                    "that staff can offer support."
                ),
                "actions": [
                    {
                        "agency": "hospital",
                        "description": (
                            "Change the discharge process of the hospital's child mental "
                            "health liaison team so that follow-up appointments are booked "
                            "before discharge and confirmed by phone, with contact details "
                            "checked with the young person and parent."
                        ),
                        "due_in_days": -300,
                        "status": "completed",
                        "completed_days_ago": 340,
                        "impact": (
                            "The new process started in 2025. An audit of 45 discharges after "
                            "self-harm found follow-up within seven days in 42 (93%), compared "
                            "with 61% in the previous year. Every young person who missed an "
                            "appointment was phoned the same day."
                        ),
                        "evidence": (
                            "Child mental health liaison audit, 2025 to 2026, 45 discharges"
                        ),
                    },
                    {
                        "agency": "school",
                        "description": (
                            "Agree with all secondary schools a consent-based process for "
                            "child mental health services to inform the designated "
                            "safeguarding lead after a pupil's hospital attendance for "
                            "self-harm."
                        ),
                        "due_in_days": -200,
                        "status": "completed",
                        "completed_days_ago": 240,
                        "impact": (
                            "All 11 secondary schools and both colleges signed up. In the "
                            "first six months, schools were informed after 37 of 40 "
                            "attendances. Schools put support plans in place within a week in "
                            "34 cases, and pupils surveyed said they valued not having to "
                            "explain again."
                        ),
                        "evidence": "Education safeguarding report, 2026",
                    },
                ],
            },
            {
                "text": (
                    "The partnership should provide training on information sharing and "
                    "suicide prevention for everyone who works with young people, including "
                    "school counsellors, pastoral staff and commissioned services, so that "
                    "they know when and how to share concerns."
                ),
                "actions": [
                    {
                        "agency": "school",
                        "description": (
                            "Deliver information-sharing and suicide prevention training to "
                            "all school counsellors and pastoral staff, and include it as a "
                            "requirement in all counselling contracts."
                        ),
                        "due_in_days": -100,
                        "status": "completed",
                        "completed_days_ago": 130,
                        "impact": (
                            "Training reached 184 staff from 42 schools. Before and after "
                            "questionnaires showed the share of staff confident about when to "
                            "break confidentiality rose from 38% to 89%. All counselling "
                            "contracts now include the requirement."
                        ),
                        "evidence": "Training evaluation, 2026; contract variations",
                    },
                ],
            },
            {
                "text": (
                    "Agencies should make questions about online life part of every assessment "
                    "of a young person's wellbeing, and police should share reports of online "
                    "bullying involving a vulnerable young person with their school."
                ),
                "actions": [
                    {
                        "agency": "police",
                        "description": (
                            "Introduce a routine notification to the school's designated "
                            "safeguarding lead when police deal with online bullying or "
                            "harassment of a pupil."
                        ),
                        "due_in_days": 45,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "Pilot running in one neighbourhood policing area",
                    },
                    {
                        "agency": "camhs",
                        "description": (
                            "Add questions about online life, including content viewed and "
                            "online relationships, to child mental health and school-based "
                            "team assessment templates, with practitioner training."
                        ),
                        "due_in_days": 90,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
        ],
        "status": "published",
        "published_days_ago": 30,
        "removed_days_ago": None,
        "private_names": ["Millie Ashdown", "Joanne Ashdown", "Darren Fewster"],
        "briefing": {
            "case_in_brief": (
                "Child E was 15 when she died by suicide. She had self-harmed for over a year "
                "and waited four months for school-based mental health support after "
                "specialist child and adolescent mental health services (CAMHS) did not accept "
                "her. She told a counsellor she felt like a burden, but this stayed "
                "confidential. After an overdose, her follow-up letter went to the wrong "
                "address and her school was not told. She was bullied online and viewed "
                "harmful content, but no one asked her about it."
            ),
            "key_learning": [
                "Young people not accepted by specialist services still need someone to hold them.",
                "Confidentiality should never stop you sharing information to keep a child safe.",
                "The weeks after a hospital attendance for self-harm are a time of high risk.",
                "Ask about online life: what young people see, and who they talk to.",
                "Explore grief and loss; do not just record them.",
            ],
            "what_has_changed": [
                "Follow-up after hospital is booked before discharge and confirmed by phone.",
                "Schools are told, with consent, when a pupil attends hospital after self-harm.",
                "School counsellors and pastoral staff have been trained in information sharing.",
            ],
            "reflective_questions": [
                "Would you know when to break a young person's confidence, and how to explain it?",
                "How do you check that a young person has actually received a follow-up?",
                "When did you last ask a young person what they look at online?",
                "Who holds responsibility for a young person while they are on a waiting list?",
            ],
        },
    },
    {
        "reference": "NEL-2025-01",
        "pseudonym": "Sibling group F",
        "title": "Sibling group F: sexual abuse of a disabled child who could not tell",
        "review_type": "local",
        "harm": "serious_harm",
        "age_band": "5_to_9",
        "sex": "not_stated",
        "incident_month": 1,
        "incident_year": 2025,
        "decision_days_ago": 620,
        "themes": [
            "sexual-abuse",
            "disabled-children",
            "professional-curiosity",
            "information-sharing",
        ],
        "agencies": [
            "school",
            "childrens-social-care",
            "police",
            "general-practice",
            "hospital",
            "camhs",
        ],
        "reviewer_name": "Patricia Lund",
        "summary": (
            "Three brothers and sisters, aged between 5 and 9, were sexually abused over a "
            "long period by an adult relative who often cared for them. One of the children is "
            "autistic and does not use speech. Over many months, staff at the child's special "
            "school saw changes in behaviour and physical signs that could have pointed to "
            "abuse. These were mostly put down to the child's disability. The abuse came to "
            "light when the eldest child told a teacher. The partnership decided not to "
            "publish the full report, because doing so would be likely to identify and harm "
            "the children. The findings, recommendations and actions are published."
        ),
        "what_happened": (
            "The three children lived with their mother. Their father had died several years "
            "earlier. An adult male relative helped Mother with childcare, especially after "
            "school and at weekends. Mother trusted him completely. The family had received "
            "early help support after the father's death, which ended with positive feedback.\n\n"
            "The middle child, Child F2, is autistic and does not use speech. Child F2 "
            "communicates using pictures, signs and behaviour, and attends a special school. "
            "The eldest and youngest children attend a mainstream primary school.\n\n"
            "Over about 18 months, staff at the special school recorded more than 20 concerns "
            "about Child F2 on the school's electronic safeguarding system. These included "
            "distress during intimate care, soreness, sexualised behaviour, and a new fear of "
            "the school minibus driver, who was a man of a similar age to the relative. Each "
            "concern was logged by a different member of staff. Most were marked as 'linked to "
            "autism' or 'sensory'. The designated safeguarding lead reviewed them "
            "individually.\n\n"
            "After one incident of sexualised behaviour, the designated safeguarding lead made "
            "a referral to the Multi-Agency Safeguarding Hub. The hub noted that Child F2 "
            "could not make a disclosure. It advised the school to keep monitoring and closed "
            "the contact. No strategy discussion took place. Nobody asked the special school "
            "for its full record of concerns, or asked the mainstream school about the "
            "siblings.\n\n"
            "Child F2 was seen by the GP practice three times in a year for soreness and a "
            "urinary infection. Each time the symptoms were treated. Sexual abuse was not "
            "considered. The community paediatrician who reviewed Child F2's development at "
            "the hospital clinic was not told about these visits.\n\n"
            "Child and adolescent mental health services (CAMHS) assessed Child F2 for "
            "distressed behaviour at home. The assessment focused on sensory needs and sleep. "
            "The clinician did not explore whether anything had changed in the child's life or "
            "who provided care.\n\n"
            "In January 2025 the eldest child, then aged 9, told a teacher that the relative "
            "'does things' to them and to Child F2. The school acted immediately. A strategy "
            "discussion was held the same day. Police interviewed the eldest child with the "
            "help of a trained interviewer, and a registered intermediary helped Child F2 to "
            "communicate. Medical examinations found evidence consistent with sexual abuse in "
            "two of the children. The relative was arrested and later charged. Mother acted "
            "protectively throughout, and the children remain in her care with support."
        ),
        "practice_issues": (
            "Disabled children are at greater risk of abuse than other children, and are less "
            "likely to be protected. Child F2's case shows why. The signs were there: "
            "distress, soreness, sexualised behaviour and new fears. They were seen by skilled "
            "and caring staff. But they were explained by the child's autism. This is "
            "sometimes called diagnostic overshadowing: a child's disability is used to "
            "explain signs that might otherwise lead to questions about abuse.\n\n"
            "The special school's recording system held every concern, but no one looked at "
            "them together. Each entry was reviewed on its own, and each could be explained. "
            "Taken together, they showed a clear change in Child F2's behaviour and wellbeing "
            "over time. A chronology would have shown this.\n\n"
            "The Multi-Agency Safeguarding Hub treated the absence of a disclosure as the "
            "absence of evidence. For a child who does not use speech, a disclosure in words "
            "may never come. The child's behaviour is their communication. A strategy "
            "discussion would have allowed agencies to share information, including the GP "
            "practice's records and the siblings' school, and to consider specialist help to "
            "understand what Child F2 was communicating.\n\n"
            "Health practitioners treated physical symptoms without considering the "
            "possibility of sexual abuse. National guidance on when to suspect child "
            "maltreatment says that genital soreness and infections without a clear medical "
            "cause should prompt practitioners to consider it. The GP practice and the "
            "community paediatrician held different parts of the picture and did not share "
            "them.\n\n"
            "Nobody asked who cared for the children. The relative was a regular carer but did "
            "not feature in any agency's records. Professionals assumed Mother was the only "
            "carer. Curiosity about the adults in a child's life is essential, particularly "
            "for disabled children who may rely on others for intimate care.\n\n"
            "The response after the eldest child's disclosure was prompt and child-centred. "
            "The use of a registered intermediary enabled Child F2 to take part in the "
            "investigation. This is good practice that should be the norm.\n\n"
            "The review considered the siblings together. The mainstream school noted the "
            "eldest child had become quiet and anxious, but did not know about the concerns at "
            "the special school. Children in the same family often attend different settings, "
            "and information needs to move between them."
        ),
        "what_needs_to_change": (
            "Disability makes abuse more likely, not less. Staff who work with disabled "
            "children must know this. They must not let a diagnosis explain away signs of "
            "harm. Schools, and special schools in particular, should look at all the concerns "
            "about a child together. They should do this often, so that patterns can be seen.\n\n"
            "The Multi-Agency Safeguarding Hub should not close a case just because a child "
            "who cannot speak has not told anyone. It should ask everyone who knows the child, "
            "including the siblings' schools and health services. Where there are signs of "
            "sexual abuse, it should hold a strategy discussion. People who understand how the "
            "child communicates should be involved early.\n\n"
            "Doctors and nurses should think about sexual abuse when a child has soreness or "
            "infections with no clear cause. GP practices and the children's doctors at the "
            "hospital should share what they know. Every practitioner should ask who else "
            "looks after a child, including relatives and friends, and write down the answer.\n\n"
            "When a disabled child is part of a police investigation, a registered "
            "intermediary or a communication specialist should help the child to be heard."
        ),
        "content_warning": True,
        "findings": [
            {
                "title": "The disability explained away the signs",
                "text": (
                    "Staff saw distress, soreness and sexualised behaviour, but attributed "
                    "most of it to Child F2's autism. Disabled children communicate harm "
                    "through behaviour and changes in routine. Practitioners need to ask 'what "
                    "else could this mean?' and to treat a change in a disabled child's "
                    "behaviour as seriously as they would a disclosure from a child who can "
                    "speak. Training and supervision should regularly test this thinking."
                ),
            },
            {
                "title": "Concerns were logged but not joined up",
                "text": (
                    "More than 20 concerns were recorded on the special school's system over "
                    "18 months. Each was reviewed in isolation. No one produced a chronology, "
                    "so the pattern was not seen. Recording is not the same as acting. "
                    "Designated safeguarding leads should review concerns about each child "
                    "together, at regular intervals and whenever a new concern is logged, and "
                    "share the whole picture when they refer."
                ),
            },
            {
                "title": "No disclosure was taken to mean no abuse",
                "text": (
                    "The Multi-Agency Safeguarding Hub closed the referral because Child F2 "
                    "could not disclose. This placed the burden of proof on a child who does "
                    "not use speech. Agencies should gather information from everyone who "
                    "knows the child and hold a strategy discussion where signs suggest sexual "
                    "abuse. Waiting for a verbal disclosure from a non-verbal child is not a "
                    "safeguarding plan."
                ),
            },
            {
                "title": "Health information stayed in separate places",
                "text": (
                    "The GP practice treated soreness and infection three times, and the "
                    "community paediatrician reviewed Child F2's development, but neither knew "
                    "what the other had seen. Neither considered sexual abuse. National "
                    "guidance on when to suspect maltreatment should be part of routine "
                    "practice, and GP records should be shared with paediatric services when a "
                    "disabled child shows unexplained symptoms, so that one clinician sees the "
                    "whole picture."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "The Multi-Agency Safeguarding Hub should introduce a practice standard "
                    "for disabled children who cannot make a verbal disclosure, requiring "
                    "information from all agencies and a strategy discussion where there are "
                    "signs of sexual abuse."
                ),
                "actions": [
                    {
                        "agency": "childrens-social-care",
                        "description": (
                            "Publish a practice standard for contacts about disabled children, "
                            "requiring checks with all agencies, siblings' schools and a "
                            "communication specialist before any decision to close."
                        ),
                        "due_in_days": -380,
                        "status": "completed",
                        "completed_days_ago": 430,
                        "impact": (
                            "The standard has applied since 2025. An audit of 30 contacts "
                            "about disabled children found full agency checks in 28 and a "
                            "strategy discussion in all 9 cases with signs of sexual abuse. "
                            "Before the standard, an audit found full checks in 11 of 30."
                        ),
                        "evidence": "Multi-Agency Safeguarding Hub audit, 2025, 30 contacts",
                    },
                ],
            },
            {
                "text": (
                    "Schools, and special schools in particular, should review all recorded "
                    "concerns about a child together at regular intervals, producing a "
                    "chronology to identify patterns, and should receive training on "
                    "diagnostic overshadowing and the abuse of disabled children."
                ),
                "actions": [
                    {
                        "agency": "school",
                        "description": (
                            "Train designated safeguarding leads in all special schools and "
                            "resource bases on recognising abuse of disabled children, and "
                            "require half-termly chronology reviews of logged concerns."
                        ),
                        "due_in_days": -250,
                        "status": "completed",
                        "completed_days_ago": 280,
                        "impact": (
                            "All five special schools and eight resource bases completed the "
                            "training. Half-termly reviews are now in place. In the first two "
                            "terms, reviews identified patterns leading to 12 referrals, of "
                            "which 7 led to strategy discussions."
                        ),
                        "evidence": "Special schools safeguarding audit, 2026",
                    },
                ],
            },
            {
                "text": (
                    "GP practices and paediatric services should consider sexual abuse when a "
                    "child has genital symptoms without a clear medical cause, in line with "
                    "national guidance, and share relevant information between primary care "
                    "and the community paediatric service."
                ),
                "actions": [
                    {
                        "agency": "general-practice",
                        "description": (
                            "Deliver training on national guidance on when to suspect child "
                            "maltreatment to all GPs and practice nurses, focusing on disabled "
                            "children and genital symptoms."
                        ),
                        "due_in_days": -45,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "Training delivered to 14 of 26 practices",
                    },
                    {
                        "agency": "hospital",
                        "description": (
                            "Add a prompt to community paediatric clinic letters asking GPs to "
                            "share any unexplained genital or urinary symptoms in disabled "
                            "children."
                        ),
                        "due_in_days": 60,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
            {
                "text": (
                    "Police and children's social care should use registered intermediaries "
                    "and communication specialists whenever a disabled child is involved in an "
                    "investigation, so that the child can take part and their account is "
                    "heard."
                ),
                "actions": [
                    {
                        "agency": "police",
                        "description": (
                            "Make consideration of a registered intermediary a required step "
                            "in every strategy discussion involving a disabled child, and "
                            "record the decision."
                        ),
                        "due_in_days": -300,
                        "status": "completed",
                        "completed_days_ago": 350,
                        "impact": (
                            "Since the change, 17 investigations involved disabled children. "
                            "Intermediaries were considered in all 17 and used in 12, compared "
                            "with 3 of 15 in the previous year. Two cases led to charges that "
                            "would not otherwise have been possible."
                        ),
                        "evidence": "Police child abuse investigation unit data, 2025 to 2026",
                    },
                ],
            },
        ],
        "status": "not_published",
        "published_days_ago": None,
        "removed_days_ago": None,
        "private_names": ["Alfie Renwick", "Poppy Renwick", "Natalie Renwick", "Gary Renwick"],
        "briefing": {
            "case_in_brief": (
                "Three siblings aged 5 to 9 were sexually abused by a relative who helped with "
                "their care. One child is autistic and does not use speech. Over 18 months the "
                "child's special school logged more than 20 concerns, most explained by the "
                "child's autism. The safeguarding hub closed a referral because the child "
                "could not disclose. The abuse came to light when the eldest child told a "
                "teacher. The full report is not published, to protect the children."
            ),
            "key_learning": [
                "Disabled children are more likely to be abused and less likely to be protected.",
                "Do not let a diagnosis explain away signs of harm.",
                "Behaviour is communication: do not wait for a verbal disclosure.",
                "Review logged concerns together; a chronology shows what single entries hide.",
                "Ask who else cares for the child, including relatives.",
            ],
            "what_has_changed": [
                "The safeguarding hub has a practice standard for disabled children.",
                "Special schools review concerns together every half term.",
                "Intermediaries are considered in every investigation involving a disabled child.",
            ],
            "reflective_questions": [
                "How would you know if a child who cannot speak was being harmed?",
                "When did you last look at all the concerns about one child together?",
                "Have you ever explained a change in behaviour by a child's diagnosis?",
                "Who else cares for the children you work with, and how do you know?",
            ],
        },
    },
    {
        "reference": "NEL-2026-01",
        "pseudonym": "Child G (13)",
        "title": "Child G: sexual exploitation of a girl in care",
        "review_type": "local",
        "harm": "serious_harm",
        "age_band": "10_to_14",
        "sex": "female",
        "incident_month": 2,
        "incident_year": 2026,
        "decision_days_ago": 215,
        "themes": [
            "child-sexual-exploitation",
            "looked-after-children",
            "missing-children",
            "online-abuse",
            "escalation",
        ],
        "agencies": [
            "childrens-social-care",
            "police",
            "school",
            "camhs",
            "hospital",
            "general-practice",
        ],
        "reviewer_name": "Fiona Baxendale",
        "summary": (
            "Child G was 13 and living in a children's home when two adult men seriously "
            "sexually assaulted her. She had come into care at 11. She had moved placement "
            "five times, including a period more than 150 miles from home. In the months "
            "before the assault she went missing 14 times. Men who pretended to be teenagers "
            "groomed her online. Professionals saw that she was at risk. But plans to disrupt "
            "the men were slow. A challenge by her independent reviewing officer took three "
            "months to resolve. She had no consistent adult she trusted. This review looks at "
            "how to protect children in care from exploitation."
        ),
        "what_happened": (
            "Child G came into care at the age of 11 because of long-term neglect and domestic "
            "abuse at home. She is a bright girl who loves music and wants to be a "
            "hairdresser. Over the next two years she had five placements. No local foster "
            "home could be found when her second placement ended, so she lived for seven "
            "months in a children's home more than 150 miles away. She then moved to a "
            "children's home in North East Lincolnshire, close to her family. In two years she "
            "had four social workers.\n\n"
            "Soon after moving back, Child G started to go missing, mostly in the evenings. "
            "Over three months she was missing 14 times, sometimes overnight. Staff at the "
            "home reported every episode to the police. Twice she came back in cars driven by "
            "adult men. She had new clothes, vapes and a second phone. She told staff the men "
            "were 'friends of friends'.\n\n"
            "A strategy discussion was held after the fifth missing episode. The exploitation "
            "risk assessment scored her risk as medium. A plan was agreed, including a "
            "referral for return home interviews and a request that police consider disruption "
            "of the adults involved. The police identified two of the men. Child abduction "
            "warning notices, which tell an adult to stay away from a child, were not served "
            "for a further seven weeks.\n\n"
            "Child G's secondary school had placed her on a reduced timetable because of her "
            "behaviour. She was in school for about half of each week. The school was invited "
            "to one strategy discussion but not to the others.\n\n"
            "Her independent reviewing officer, who oversees the care plans of children in "
            "care, became concerned about the lack of progress. She raised this with the team "
            "manager and then, through the dispute resolution process, with senior managers. "
            "It took three months for the challenge to be resolved. During that period Child "
            "G's care plan did not change.\n\n"
            "Child G was referred to child and adolescent mental health services (CAMHS) for "
            "support with trauma. The referral was not accepted because her placement was not "
            "seen as stable enough for therapy. She was offered advice sessions instead, which "
            "she did not attend.\n\n"
            "In February 2026 Child G was reported missing. Police found her the next day in a "
            "flat in another town. She had been given alcohol and drugs and had been raped by "
            "two adult men. She was taken to hospital and then to a sexual assault referral "
            "centre. Two men later pleaded guilty to offences against her. Child G now lives "
            "with foster carers and is receiving specialist support. She contributed to this "
            "review through a worker she trusts."
        ),
        "practice_issues": (
            "Child G's early life left her wanting to feel loved and to belong. Men who "
            "exploit children target exactly these needs. Her repeated moves, including a long "
            "period far from home, and frequent changes of social worker meant she did not "
            "have one trusted adult. She told the review: 'Every time I got to like someone "
            "they left.'\n\n"
            "The signs of sexual exploitation were recognised early. Staff in the children's "
            "home recorded and reported them well. The difficulty was in turning recognition "
            "into action. The risk assessment tool produced a score of medium risk, and that "
            "score shaped the plan. Professional judgement about the pattern of missing "
            "episodes, gifts and older men should have carried more weight than a score.\n\n"
            "Disrupting the adults who exploit children is one of the most effective "
            "protections. In this case warning notices were delayed for seven weeks while "
            "officers gathered information that was not needed for a notice to be served. The "
            "review heard that officers were unsure of the threshold.\n\n"
            "Much of the grooming happened online. The men contacted Child G through social "
            "media and messaging apps, pretending to be teenagers. Her care plan did not "
            "address her online life, and staff at the home were not confident about how to "
            "talk to her about it or how to report accounts.\n\n"
            "Her independent reviewing officer did exactly what the role requires: she noticed "
            "the plan was not working and challenged it. But the dispute resolution process "
            "had no timescales at its later stages, and the challenge took three months to "
            "resolve. Escalation only protects children if it is quick.\n\n"
            "The decision not to offer therapy until Child G's placement was stable left her "
            "without help for trauma at the time she most needed it. Children in care often "
            "cannot achieve stability without help. National guidance supports flexible, "
            "relationship-based mental health support for children in care.\n\n"
            "Child G's school saw her only half the week and was not part of most planning. A "
            "reduced timetable gave her more unsupervised time and left out a setting where "
            "she had positive relationships with staff.\n\n"
            "Some records described Child G as 'promiscuous' or 'choosing' to be with the men. "
            "A 13-year-old cannot consent to sexual activity. Language like this shifts blame "
            "onto the child."
        ),
        "what_needs_to_change": (
            "Children in care who are at risk of exploitation need a stable home near the "
            "people who matter to them. They need a trusted adult who stays in their life. The "
            "partnership should make this a priority for these children.\n\n"
            "Plans to protect children from sexual exploitation should be led by professional "
            "judgement, not only by a risk score. Action against the adults involved should be "
            "quick. Warning notices should be served without delay, and officers need clear "
            "guidance on when to use them.\n\n"
            "Care plans should cover the child's life online. Staff who care for children need "
            "training to talk about it and to report harmful accounts.\n\n"
            "When an independent reviewing officer challenges a plan, the challenge must be "
            "settled quickly. Each stage needs a short time limit. Children in care should be "
            "able to get help with trauma without first having to show that their home is "
            "stable.\n\n"
            "Schools should be part of every meeting to plan for a child at risk of "
            "exploitation. All agencies should use words that make clear the child is a "
            "victim."
        ),
        "content_warning": True,
        "findings": [
            {
                "title": "No consistent trusted adult",
                "text": (
                    "Child G had five placements and four social workers in two years, "
                    "including seven months living far from home. She did not have a "
                    "consistent relationship with any professional. Children who are exploited "
                    "often say that a trusted adult is what helps them most. Placement "
                    "decisions and staffing for children at risk should treat continuity of "
                    "relationships as a safeguarding measure, not a preference."
                ),
            },
            {
                "title": "Recognition did not become protection",
                "text": (
                    "Staff recognised the signs of exploitation and reported every missing "
                    "episode. But the plan that followed was shaped by a 'medium' risk score "
                    "and did not lead to quick action against the adults. Child abduction "
                    "warning notices took seven weeks. Risk tools support judgement; they do "
                    "not replace it. Where the pattern is clear, agencies should act on it "
                    "without waiting for more evidence."
                ),
            },
            {
                "title": "The independent reviewing officer's challenge was too slow",
                "text": (
                    "The independent reviewing officer raised concerns early and used the "
                    "dispute resolution process. It took three months to reach a decision, "
                    "during which Child G's plan stayed the same. Escalation routes need "
                    "timescales at every stage, so that a challenge about a child at risk is "
                    "resolved in days or weeks, not months. Senior managers should track open "
                    "escalations and act on any that are delayed."
                ),
            },
            {
                "title": "Therapy was delayed until she was 'stable'",
                "text": (
                    "Child and adolescent mental health services (CAMHS) did not accept Child "
                    "G's referral because her placement was not stable. For many children in "
                    "care, the trauma that needs treatment is part of what makes placements "
                    "break down. Waiting for stability can mean waiting indefinitely. Mental "
                    "health support should be flexible and offered through the adults who care "
                    "for the child where direct therapy is not yet possible."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "The partnership should introduce timescales for each stage of the dispute "
                    "resolution process used by independent reviewing officers, with a monthly "
                    "report of open escalations to the director of children's services."
                ),
                "actions": [
                    {
                        "agency": "childrens-social-care",
                        "description": (
                            "Revise the dispute resolution process so that each stage has a "
                            "maximum of five working days, and report open escalations monthly "
                            "to the director."
                        ),
                        "due_in_days": -100,
                        "status": "completed",
                        "completed_days_ago": 120,
                        "impact": (
                            "The revised process has been in place since summer 2026. Of 26 "
                            "escalations raised since, 24 were resolved within 15 working "
                            "days. The average time to resolve an escalation fell from 41 "
                            "working days to 9."
                        ),
                        "evidence": "Independent reviewing service report, 2026",
                    },
                ],
            },
            {
                "text": (
                    "Police should issue guidance and train officers on the prompt use of "
                    "child abduction warning notices and other disruption tactics, so that "
                    "action against adults who pose a risk is not delayed while unnecessary "
                    "evidence is gathered."
                ),
                "actions": [
                    {
                        "agency": "police",
                        "description": (
                            "Issue guidance on thresholds for child abduction warning notices "
                            "and train all response and neighbourhood officers in exploitation "
                            "disruption tactics."
                        ),
                        "due_in_days": -10,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "Guidance issued; training reached 60% of officers",
                    },
                ],
            },
            {
                "text": (
                    "Care plans for children in care who are at risk of exploitation should "
                    "include their online life, and residential and foster carers should be "
                    "trained to talk with children about online relationships and to report "
                    "harmful accounts."
                ),
                "actions": [
                    {
                        "agency": "childrens-social-care",
                        "description": (
                            "Add an online safety section to care plan templates and deliver "
                            "training on online grooming to all residential staff and foster "
                            "carers."
                        ),
                        "due_in_days": -30,
                        "status": "completed",
                        "completed_days_ago": 40,
                        "impact": (
                            "The template changed in 2026, and 132 residential staff and 96 "
                            "foster carers have been trained. A review of 25 care plans for "
                            "children at risk found online life addressed in 21. Carers "
                            "reported reporting 14 harmful accounts to platforms in the three "
                            "months after training."
                        ),
                        "evidence": "Care plan dip sample, 2026; training records",
                    },
                    {
                        "agency": "school",
                        "description": (
                            "Ensure schools are invited to every strategy discussion for a "
                            "child at risk of exploitation, and review any reduced timetable "
                            "as part of the safety plan."
                        ),
                        "due_in_days": 90,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
            {
                "text": (
                    "Child and adolescent mental health services (CAMHS) should offer mental "
                    "health support to children in care without requiring placement stability "
                    "first, including consultation for carers and flexible, relationship-based "
                    "work with the child, so that help for trauma is not delayed while the "
                    "child waits for a settled home."
                ),
                "actions": [
                    {
                        "agency": "camhs",
                        "description": (
                            "Launch a children in care mental health pathway that accepts "
                            "referrals regardless of placement stability and offers "
                            "consultation to carers within four weeks."
                        ),
                        "due_in_days": 150,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
        ],
        "status": "scheduled",
        "published_days_ago": None,
        "removed_days_ago": None,
        "private_names": ["Skye Morrow", "Tanya Morrow", "Dean Whitlock"],
        "briefing": {
            "case_in_brief": (
                "Child G was 13 and in care when she was raped by two adult men. She had five "
                "placements in two years and four social workers. She went missing 14 times in "
                "three months and was groomed online by men posing as teenagers. Staff "
                "recognised the signs, but action against the men was slow, her reviewing "
                "officer's challenge took three months, and mental health services would not "
                "offer therapy until she was 'stable'."
            ),
            "key_learning": [
                (
                    "A consistent trusted adult is one of the strongest protections for a "
                    "child in care."
                ),
                "Risk scores support professional judgement; they do not replace it.",
                "Disrupt the adults early: do not wait for evidence you do not need.",
                "Escalation only protects children if it is resolved quickly.",
                "A 13-year-old cannot consent: use language that recognises victims.",
            ],
            "what_has_changed": [
                "Each stage of the reviewing officers' dispute process now has a time limit.",
                "Care plans cover online life, and carers have been trained in online grooming.",
                "Police guidance on warning notices has been issued.",
            ],
            "reflective_questions": [
                "Who is the trusted adult for the child you are most worried about?",
                "Has a risk score ever made you feel less worried than you should have been?",
                "How long do your escalations take to resolve, and who is tracking them?",
                "What do you know about the online life of the children you care for?",
            ],
        },
    },
    {
        "reference": "NEL-2026-02",
        "pseudonym": "Children H, J and K",
        "title": "Thematic review: children harmed while educated at home",
        "review_type": "thematic",
        "harm": "serious_harm",
        "age_band": "10_to_14",
        "sex": "not_stated",
        "incident_month": 4,
        "incident_year": 2026,
        "decision_days_ago": 178,
        "themes": ["elective-home-education", "missing-children", "neglect", "information-sharing"],
        "agencies": [
            "education-inclusion",
            "school",
            "childrens-social-care",
            "general-practice",
            "early-help",
            "safeguarding-partnership",
        ],
        "reviewer_name": "Colin Ashworth",
        "summary": (
            "This thematic review looks at three children, from three different families, who "
            "were seriously harmed after they stopped going to school and were educated at "
            "home. Child H was severely neglected. Child J, who is autistic, became "
            "dangerously unwell as her mother's mental health declined. Child K was physically "
            "abused by a parent's partner. In each case the child was withdrawn from school at "
            "a time when professionals had concerns. Once out of school, the children were "
            "largely invisible to services. The review does not question parents' right to "
            "educate their children at home. It asks how agencies can make sure that home "
            "education never becomes a way for harm to go unseen."
        ),
        "what_happened": (
            "The partnership decided to hold a thematic review after three children who were "
            "educated at home were seriously harmed within 18 months. The children were aged "
            "between 11 and 14. The review looked at the work of all agencies with each family "
            "in the two years before the harm, and spoke to practitioners and to two of the "
            "families.\n\n"
            "Child H, aged 11, lived with Father and Father's partner. The primary school had "
            "raised concerns about Child H's hunger, poor hygiene and unexplained absences, "
            "and had referred the family to early help. Two weeks after an early help "
            "assessment began, Father wrote to the school to withdraw Child H for home "
            "education. The school removed Child H from its roll the same day. The early help "
            "worker was not told. The elective home education team sent a questionnaire, which "
            "Father returned with a short education plan. Nobody saw Child H for nine months. "
            "Child H was found by police, called by a neighbour, to be severely underweight "
            "and living in one room of the house.\n\n"
            "Child J, aged 13, is autistic. She found secondary school overwhelming and her "
            "attendance fell. Mother withdrew her to educate her at home, hoping to reduce her "
            "anxiety. Mother had a history of depression. Over the following year Mother's "
            "mental health deteriorated, and the family became isolated. The home education "
            "team visited once and met Mother but did not see Child J, who was 'asleep'. The "
            "GP practice did not know Child J was out of school. Child J was admitted to "
            "hospital with severe malnutrition and dehydration after she stopped eating.\n\n"
            "Child K, aged 14, had been at risk of permanent exclusion. Mother was advised by "
            "a member of school staff that home education would avoid an exclusion on his "
            "record. Children's social care was carrying out a child in need assessment "
            "because of domestic abuse by Mother's partner. The assessment was closed when "
            "Child K was removed from the school roll, because the main concerns had been "
            "raised by the school. Seven months later, in April 2026, Child K was taken to "
            "hospital with a fractured arm and bruising. He disclosed that Mother's partner "
            "had hit him regularly.\n\n"
            "In all three cases the children were later seen and listened to, and are now "
            "safe. Child H is in foster care, Child J is recovering with support from child "
            "and adolescent mental health services, and Child K lives with his grandparents."
        ),
        "practice_issues": (
            "Parents in England have the right to educate their children at home, and many do "
            "so well and for good reasons. Nothing in this review suggests that home education "
            "is itself a risk. However, the three cases share a pattern that national reviews "
            "have also found: children were withdrawn from school at a time when professionals "
            "were worried about them, and once they left school, the adults who saw them every "
            "day were no longer there.\n\n"
            "The timing of withdrawal mattered. In each case, withdrawal followed a "
            "safeguarding concern, an early help assessment or a social care assessment. "
            "Schools removed the children from the roll promptly, as the law requires, but "
            "they did not tell the agencies already involved. The home education team did not "
            "routinely check whether a child was known to early help or children's social "
            "care.\n\n"
            "Children's social care closed Child K's assessment because the school had been "
            "the main source of concern. The reason for the concern, domestic abuse at home, "
            "had not changed. Closing an assessment because a child has left school risks "
            "treating the school as the problem rather than as the window into the child's "
            "life.\n\n"
            "The home education team had limited powers and a large caseload. It relied on "
            "written reports and parents' accounts. In none of the three cases did anyone "
            "speak to the child alone. The voice of the child was missing. Officers told the "
            "review they did not feel they had the right to ask to see a child, and were "
            "unsure what to do when a parent declined.\n\n"
            "Health services did not know the children were out of school. GP practices and "
            "community health services have no routine way of knowing that a child is educated "
            "at home. For Child J, the GP's awareness that she was out of school and that "
            "Mother was struggling could have prompted a conversation about the whole family.\n\n"
            "In Child K's case, the suggestion from a member of school staff that home "
            "education would avoid exclusion is concerning. Encouraging parents to remove "
            "children from the roll in this way is sometimes called off-rolling. It is "
            "unlawful and it removed a protective setting from a child living with domestic "
            "abuse.\n\n"
            "Planned national changes to introduce registers of children not in school should "
            "help. They will not, on their own, address what this review found: that "
            "information about risk did not follow the child when they left school."
        ),
        "what_needs_to_change": (
            "When a child is taken out of school for home education, the school and the home "
            "education team should act at once. They should check whether the child is known "
            "to other services, such as early help or children's social care. If the child is "
            "known, the agencies should meet. Someone should see the child, and speak to them, "
            "before any plan is closed.\n\n"
            "A plan should never be closed just because a child has left school. The question "
            "is always whether the child's needs have changed.\n\n"
            "Home education officers need clear guidance, training and support. They should "
            "feel able to ask to see and speak with children. They should know when to refer "
            "to the Multi-Agency Safeguarding Hub. GP practices should be told when a child is "
            "educated at home, so that they can take it into account.\n\n"
            "Schools must never encourage parents to take a child out of school to avoid "
            "exclusion. The partnership should track how many children leave each school for "
            "home education. It should challenge any school where the pattern suggests "
            "off-rolling."
        ),
        "content_warning": False,
        "findings": [
            {
                "title": "Withdrawal came at a moment of concern",
                "text": (
                    "All three children were withdrawn from school shortly after professionals "
                    "raised concerns or began an assessment. This timing should itself be "
                    "treated as a warning sign. It does not mean parents were acting in bad "
                    "faith, but it does mean that agencies already involved need to know "
                    "immediately and to consider together what it means for the child's safety "
                    "and wellbeing."
                ),
            },
            {
                "title": "Information did not follow the child",
                "text": (
                    "Schools removed the children from their rolls without telling early help "
                    "or children's social care. The home education team did not check what "
                    "other services knew. GP practices did not know the children were out of "
                    "school. Each agency therefore worked with an incomplete picture. A simple "
                    "notification process would have connected these pieces at the point of "
                    "withdrawal, when it mattered most."
                ),
            },
            {
                "title": "Leaving school is not a reason to close a case",
                "text": (
                    "Child K's assessment closed because the school, the main source of "
                    "concern, was no longer involved. The domestic abuse at home continued. "
                    "When a child leaves school, agencies lose daily oversight of the child, "
                    "so the need for assessment is likely to increase rather than decrease. "
                    "Closure decisions should focus on the child's circumstances, not on which "
                    "agencies remain involved."
                ),
            },
            {
                "title": "The children were not seen or heard",
                "text": (
                    "In none of the three cases did a professional speak to the child alone "
                    "after withdrawal. Home education officers relied on parents' written "
                    "reports. The children later described lives that were very different from "
                    "those reports. Officers need confidence, support and clear guidance to "
                    "ask to see a child, and to treat a refusal as information to share with "
                    "safeguarding colleagues."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "The local authority should introduce a process so that, whenever a child "
                    "is withdrawn for home education, their involvement with early help and "
                    "children's social care is checked within two working days, and a "
                    "multi-agency discussion is held where the child is known."
                ),
                "actions": [
                    {
                        "agency": "education-inclusion",
                        "description": (
                            "Check every new home education notification against early help "
                            "and social care records within two working days, and convene a "
                            "multi-agency discussion where the child is known."
                        ),
                        "due_in_days": -60,
                        "status": "completed",
                        "completed_days_ago": 90,
                        "impact": (
                            "Since the process began, 64 children have been withdrawn for home "
                            "education. Checks were completed within two working days for 61. "
                            "Fourteen were known to services; all 14 had a multi-agency "
                            "discussion, and 5 children were seen at home by a social worker "
                            "as a result."
                        ),
                        "evidence": "Education inclusion monitoring, 2026",
                    },
                    {
                        "agency": "childrens-social-care",
                        "description": (
                            "Update practice guidance so that no assessment, child in need "
                            "plan or early help plan is closed because a child has been "
                            "withdrawn from school."
                        ),
                        "due_in_days": -30,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "Draft guidance circulated to team managers",
                    },
                ],
            },
            {
                "text": (
                    "Home education officers should be supported, through guidance and "
                    "training, to ask to see and speak with children, and should refer to the "
                    "Multi-Agency Safeguarding Hub when they cannot see a child about whom "
                    "there are concerns."
                ),
                "actions": [
                    {
                        "agency": "education-inclusion",
                        "description": (
                            "Provide safeguarding training and monthly supervision with a "
                            "social worker for home education officers, with clear steps when "
                            "a parent declines a visit."
                        ),
                        "due_in_days": -40,
                        "status": "completed",
                        "completed_days_ago": 55,
                        "impact": (
                            "All six officers were trained, and monthly supervision is in "
                            "place. In the following term, officers asked to see the child in "
                            "38 of 41 first visits, up from 9 of 40 in the previous term, and "
                            "made 4 referrals when they could not see a child."
                        ),
                        "evidence": "Home education team records, 2026",
                    },
                ],
            },
            {
                "text": (
                    "GP practices should be told when a child registered with them is educated "
                    "at home, and should record it, so that health professionals can consider "
                    "it when they see the child or family."
                ),
                "actions": [
                    {
                        "agency": "general-practice",
                        "description": (
                            "Agree a data-sharing arrangement so that the home education team "
                            "notifies GP practices of children educated at home, and add a "
                            "coded flag to the child's record."
                        ),
                        "due_in_days": 120,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
            {
                "text": (
                    "The partnership should monitor withdrawals to home education by school, "
                    "challenge any pattern that suggests off-rolling, and publish multi-agency "
                    "guidance on safeguarding children educated at home for all schools and "
                    "agencies."
                ),
                "actions": [
                    {
                        "agency": "safeguarding-partnership",
                        "description": (
                            "Publish a termly report of withdrawals by school to the education "
                            "safeguarding group and write to any school whose withdrawals are "
                            "well above the local average."
                        ),
                        "due_in_days": 30,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "First termly report presented to education safeguarding group",
                    },
                    {
                        "agency": "school",
                        "description": (
                            "Remind all headteachers and governors in writing that encouraging "
                            "parents to withdraw a child to avoid exclusion is unlawful, and "
                            "include it in safeguarding audits."
                        ),
                        "due_in_days": -20,
                        "status": "completed",
                        "completed_days_ago": 35,
                        "impact": (
                            "Letters went to all 58 schools, and the question was added to the "
                            "annual safeguarding audit. All 58 returned the audit, and 3 "
                            "schools asked for help to review their practice. Withdrawals from "
                            "secondary schools in the following half term fell from 19 to 11."
                        ),
                        "evidence": "Safeguarding audit returns, 2026",
                    },
                ],
            },
        ],
        "status": "notice_sent",
        "published_days_ago": None,
        "removed_days_ago": None,
        "private_names": [
            "Mason Kerridge",
            "Ellie-Jo Stannard",
            "Bradley Quarmby",
            "Lorraine Stannard",
        ],
        "briefing": {
            "case_in_brief": (
                "Three children aged 11 to 14, from three families, were seriously harmed "
                "after being withdrawn from school to be educated at home. One was severely "
                "neglected, one became dangerously unwell as her mother's mental health "
                "declined, and one was physically abused. Each was withdrawn at a time of "
                "professional concern. Once out of school, the children were not seen or "
                "spoken to, and information about risk did not follow them."
            ),
            "key_learning": [
                "Home education is a right; withdrawal at a time of concern is a warning sign.",
                "Tell the agencies already involved when a child leaves school.",
                "Leaving school is never, on its own, a reason to close a case.",
                "See and speak to the child, not only the parent.",
            ],
            "what_has_changed": [
                "Every new home education notification is checked against social care records.",
                "Home education officers have safeguarding training and supervision.",
                "Schools have been reminded that off-rolling is unlawful, and it is now audited.",
            ],
            "reflective_questions": [
                "If a child you work with left school tomorrow, who would tell you?",
                "Have you ever closed work with a family because another service stepped back?",
                "What would you do if a parent would not let you see their child?",
                "How do you find out whether a child you see is in school?",
            ],
        },
    },
    {
        "reference": "NEL-2026-03",
        "pseudonym": "Child L",
        "title": (
            "Child L: domestic abuse, moving home and a risk that did not travel with the family"
        ),
        "review_type": "national",
        "harm": "death",
        "age_band": "5_to_9",
        "sex": "male",
        "incident_month": 3,
        "incident_year": 2026,
        "decision_days_ago": 165,
        "themes": [
            "domestic-abuse",
            "physical-abuse",
            "emotional-abuse",
            "unseen-men",
            "information-sharing",
        ],
        "agencies": [
            "police",
            "probation",
            "housing",
            "childrens-social-care",
            "school",
            "general-practice",
            "safeguarding-partnership",
        ],
        "reviewer_name": "Dr Rachel Tenby",
        "summary": (
            "Child L was 6 when he was killed by his mother's partner. Five months earlier, "
            "Mother had moved with Child L and his baby sister to North East Lincolnshire from "
            "another part of England to get away from the partner's abuse. The partner was a "
            "known high-risk perpetrator of domestic abuse, supervised by the probation "
            "service. Information about him did not reach the agencies in the new area in "
            "time, and he was able to rejoin the family without professionals knowing. The "
            "National Child Safeguarding Practice Review Panel led this review because of its "
            "national learning about families who move between areas. This partnership took "
            "part and will publish its local learning."
        ),
        "what_happened": (
            "Child L lived with Mother and his baby sister. Mother's partner was the father of "
            "the baby but not of Child L. He had previous convictions for violence against two "
            "former partners, and had been released from prison on licence a year before these "
            "events. He was supervised by the probation service in the area where the family "
            "then lived.\n\n"
            "In the previous area, police attended four domestic abuse incidents at the family "
            "home in six months. After the fourth, Mother was assessed as being at high risk "
            "of serious harm and her case was discussed at the Multi-Agency Risk Assessment "
            "Conference (MARAC). Children's social care completed a child in need assessment. "
            "Mother said she wanted to leave the relationship, and a refuge place was found in "
            "North East Lincolnshire.\n\n"
            "When the family moved, the previous area's children's social care closed its case "
            "and sent a letter to children's social care in North East Lincolnshire. The "
            "letter said the family had moved to a refuge and that the risk had reduced. It "
            "did not describe the partner's history. The MARAC referral was sent to a general "
            "email inbox and was not opened for six weeks. By then Mother had left the refuge "
            "for a council tenancy.\n\n"
            "The probation officer knew that Mother had moved. The partner told his officer "
            "that the relationship had ended. He was not required to report new relationships "
            "to probation until a licence variation several weeks later. Probation did not "
            "tell the police or children's services in the new area that a high-risk "
            "perpetrator had links with a family living there.\n\n"
            "The housing service allocated Mother a tenancy. Her application listed her and "
            "the two children only. Neighbours later told police that a man had been staying "
            "at the flat most nights for about two months.\n\n"
            "Child L started at a local primary school. He was quiet but settled well. In his "
            "fourth month at the school, a teacher noticed a bruise on his upper arm. Child L "
            "said he had fallen. A week later he drew a picture of a man shouting and said it "
            "was 'the man at home'. The school's designated safeguarding lead phoned Mother, "
            "who said it was a character from a television programme. The school recorded both "
            "events but did not seek advice from the Multi-Agency Safeguarding Hub.\n\n"
            "The family registered with a new GP practice. The practice did not receive "
            "Mother's or the children's previous records for three months.\n\n"
            "In March 2026, police were called to the flat. Child L had suffered fatal "
            "injuries. Mother's partner has been charged with his murder, and criminal "
            "proceedings are ongoing. Child L's sister is safe and cared for by relatives. "
            "This report will not be published until the criminal proceedings have finished."
        ),
        "practice_issues": (
            "Moving away from an abusive partner is one of the most dangerous times for women "
            "and their children. Perpetrators often try to find and return to the family. "
            "Agencies in both areas treated the move as a reduction in risk. In reality, risk "
            "was likely to increase, and the family had lost the professionals who knew them.\n\n"
            "The transfer of information between areas relied on a letter and an email. "
            "Neither gave the receiving agencies a full picture of the partner's history or of "
            "the risk to the children. There was no conversation between social workers and no "
            "transfer-in meeting. The referral to the Multi-Agency Risk Assessment Conference "
            "(MARAC) sat unopened for six weeks. When information about risk moves by letter "
            "or email alone, no one is responsible for making sure it has arrived.\n\n"
            "The probation service held the most important information: a high-risk "
            "perpetrator, recently released, with links to a family that had just moved. It "
            "accepted his account that the relationship had ended. Probation officers are "
            "required to make child safeguarding checks, but these were not repeated when the "
            "family moved to a new area. The review found that probation staff were unsure "
            "which area's children's services to contact when a family moved.\n\n"
            "Mother's partner was unseen by every agency in North East Lincolnshire. Housing, "
            "the school and the GP practice did not know he existed. The question 'who else "
            "lives here or stays here?' was not asked by any agency. Mother may not have felt "
            "able to answer honestly, but the question still needs to be asked, in private and "
            "with time to talk.\n\n"
            "The school noticed a bruise and a worrying drawing, and rightly recorded both. "
            "But it relied on Mother's explanation and did not seek advice. A new pupil who "
            "has moved to the area, with an unexplained bruise and a picture of a frightening "
            "man at home, should prompt a call to the Multi-Agency Safeguarding Hub, where "
            "other information might be found.\n\n"
            "Children who live with domestic abuse are victims in their own right, as the "
            "Domestic Abuse Act 2021 recognises. Child L's drawing showed that he was "
            "frightened at home. The emotional harm of living with fear was not considered by "
            "any agency, in either area, as a concern in itself.\n\n"
            "Delays in transferring GP records are a national problem. In this case they meant "
            "the new GP practice had no record of the domestic abuse history when it "
            "registered the family.\n\n"
            "The review acknowledges the courage Mother showed in leaving. It is not her "
            "responsibility to keep the partner away. That responsibility sits with the "
            "agencies that knew the risk he posed."
        ),
        "what_needs_to_change": (
            "When a family at risk of domestic abuse moves to a new area, agencies should "
            "treat the move as a time of greater risk. Children's social care should not rely "
            "on letters. The social worker in the old area should speak to a social worker in "
            "the new area. Referrals to the Multi-Agency Risk Assessment Conference (MARAC) in "
            "another area must go to a named person. That person must confirm they have "
            "received them.\n\n"
            "Probation must repeat its child safeguarding checks when the partner or children "
            "of a person it supervises move. It should share what it knows with police and "
            "children's services in the new area.\n\n"
            "Every agency that meets a family should ask who lives in the home or stays there. "
            "This should be asked in private, with time to talk. Housing services should think "
            "about domestic abuse history when they give out tenancies, and ask about other "
            "adults.\n\n"
            "Schools should seek advice from the Multi-Agency Safeguarding Hub when a child "
            "who is new to the area shows signs of harm. They should not rely only on a "
            "parent's explanation. The partnership should raise delays in moving GP records "
            "with national bodies."
        ),
        "content_warning": True,
        "findings": [
            {
                "title": "The move was treated as a fall in risk",
                "text": (
                    "Both areas treated the family's move to a refuge as a sign that the risk "
                    "had reduced. Research and previous reviews show that separation and "
                    "relocation are times of heightened danger, because perpetrators try to "
                    "regain contact and control. Closing the case at the point of moving left "
                    "the family without professionals who understood the risk. Agencies should "
                    "plan for increased risk when a family flees."
                ),
            },
            {
                "title": "Information about risk moved by letter and email",
                "text": (
                    "The closing letter from the previous area did not describe the partner's "
                    "history, and the referral to the risk assessment conference was not "
                    "opened for six weeks. No professional spoke to their counterpart in the "
                    "new area. Information about serious risk needs a named sender, a named "
                    "receiver and confirmation that it has been understood. Without that, "
                    "everyone can believe the information has been passed on."
                ),
            },
            {
                "title": "The perpetrator's account was accepted",
                "text": (
                    "Probation accepted the partner's statement that the relationship had "
                    "ended, and did not repeat safeguarding checks when the family moved. "
                    "Professional curiosity applies to perpetrators as well as to victims. "
                    "Probation officers need to test what they are told and to know which "
                    "area's services to contact when a family linked to a person they "
                    "supervise moves away, and to do so without delay."
                ),
            },
            {
                "title": "A child's signs of harm were explained away",
                "text": (
                    "The school noticed a bruise and a drawing that suggested fear of a man at "
                    "home. It recorded both and asked Mother, who gave explanations. It did "
                    "not seek advice from the Multi-Agency Safeguarding Hub, which might have "
                    "held or found the missing information. When a child gives signs that "
                    "something is wrong, asking for advice is always the right step, even when "
                    "a parent's explanation seems reasonable."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "The partnership should agree a protocol with neighbouring and national "
                    "partners for families at risk of domestic abuse who move between areas, "
                    "including social worker to social worker transfer conversations and "
                    "transfers between Multi-Agency Risk Assessment Conferences acknowledged "
                    "by a named person."
                ),
                "actions": [
                    {
                        "agency": "police",
                        "description": (
                            "Replace the general inbox for risk assessment conference "
                            "referrals from other areas with a named coordinator who must "
                            "acknowledge every transfer and act on it within two working days."
                        ),
                        "due_in_days": -40,
                        "status": "completed",
                        "completed_days_ago": 60,
                        "impact": (
                            "A named coordinator has handled all incoming transfers since "
                            "summer 2026. All 22 transfers received since then were "
                            "acknowledged within one working day, and the average time to a "
                            "safety plan in the new area fell from 31 days to 4."
                        ),
                        "evidence": "Risk assessment conference coordinator log, 2026",
                    },
                    {
                        "agency": "childrens-social-care",
                        "description": (
                            "Introduce a transfer-in conversation between social workers for "
                            "every family moving into the area with a history of domestic "
                            "abuse, recorded on the child's file."
                        ),
                        "due_in_days": -15,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
            {
                "text": (
                    "The probation service should repeat child safeguarding checks whenever a "
                    "person on probation with a history of domestic abuse has a partner or "
                    "children who move, and share information with the police and children's "
                    "services in the new area."
                ),
                "actions": [
                    {
                        "agency": "probation",
                        "description": (
                            "Update local practice guidance and train probation officers on "
                            "repeating safeguarding checks and contacting the right local area "
                            "when a linked family moves."
                        ),
                        "due_in_days": 60,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "Guidance drafted with regional probation leads",
                    },
                ],
            },
            {
                "text": (
                    "All agencies should ask, in private and with time to talk, who lives in "
                    "or regularly stays at a family's home, and record the answer, so that men "
                    "who pose a risk are not unseen."
                ),
                "actions": [
                    {
                        "agency": "housing",
                        "description": (
                            "Add questions about other adults staying at the property, and a "
                            "private domestic abuse enquiry, to tenancy sign-up and the first "
                            "tenancy visit."
                        ),
                        "due_in_days": 90,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                    {
                        "agency": "general-practice",
                        "description": (
                            "Prompt GP practices to ask about the household and any domestic "
                            "abuse when registering a family with children who have moved from "
                            "another area."
                        ),
                        "due_in_days": 120,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
            {
                "text": (
                    "Schools should seek advice from the Multi-Agency Safeguarding Hub when a "
                    "child who is new to the area shows signs of possible harm, rather than "
                    "relying only on a parent's explanation."
                ),
                "actions": [
                    {
                        "agency": "school",
                        "description": (
                            "Issue a briefing to all designated safeguarding leads on children "
                            "new to the area, with a reminder that advice from the "
                            "Multi-Agency Safeguarding Hub is always available."
                        ),
                        "due_in_days": 45,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
        ],
        "status": "qa_approved",
        "published_days_ago": None,
        "removed_days_ago": None,
        "private_names": ["Oliver Sandercock", "Jade Sandercock", "Wayne Loxley"],
        "briefing": {
            "case_in_brief": (
                "Child L was 6 when he was killed by his mother's partner, a known high-risk "
                "perpetrator of domestic abuse supervised by probation. Mother had moved to "
                "North East Lincolnshire with her children to escape him. Information about "
                "him arrived by letter and an unopened email. Probation accepted his account "
                "that the relationship was over. No local agency knew he was staying at the "
                "flat. A school saw a bruise and a worrying drawing but did not seek advice."
            ),
            "key_learning": [
                "Leaving an abuser and moving home increases risk; it does not reduce it.",
                "Information about serious risk needs a named sender and a named receiver.",
                "Test what perpetrators tell you, as well as what victims tell you.",
                "Ask who lives in or stays at the home, in private and with time to talk.",
            ],
            "what_has_changed": [
                (
                    "A named coordinator now acknowledges every risk conference referral from "
                    "other areas."
                ),
                "Probation guidance on repeating safeguarding checks is being updated.",
            ],
            "reflective_questions": [
                "When a family moves into or out of your area, how do you pass on what you know?",
                "How do you check that information you sent has actually been read?",
                "How do you ask about other adults in the home without putting a parent at risk?",
                "What would make you call the safeguarding hub about a child new to your school?",
            ],
        },
    },
    {
        "reference": "NEL-2026-04",
        "pseudonym": "Child M",
        "title": "Child M: a young carer living with a parent's severe mental illness",
        "review_type": "local",
        "harm": "serious_harm",
        "age_band": "5_to_9",
        "sex": "female",
        "incident_month": 5,
        "incident_year": 2026,
        "decision_days_ago": 140,
        "themes": ["neglect", "parental-mental-health", "professional-curiosity", "escalation"],
        "agencies": [
            "adult-mental-health",
            "school",
            "general-practice",
            "childrens-social-care",
            "early-help",
            "hospital",
        ],
        "reviewer_name": "Gareth Hollins",
        "summary": (
            "Child M was 8 when she was badly scalded while cooking for herself and her "
            "4-year-old brother. Their mother had severe depression and was spending most days "
            "in bed. The burn was not treated for two days, until school staff noticed it. For "
            "more than a year, Child M had been caring for her mother and brother. Adult "
            "mental health services were treating Mother but did not ask about the children. "
            "The school was worried and referred twice, but did not challenge when its "
            "referrals did not lead to action. This review looks at how services can see the "
            "child behind the adult patient."
        ),
        "what_happened": (
            "Child M lived with Mother and her younger brother, Child M2. Mother had a long "
            "history of depression and had been admitted to a mental health ward once before "
            "the children were born. Father left the family when Child M was 5 and had no "
            "regular contact.\n\n"
            "In 2025 Mother's mental health got worse. She was referred by the GP to the "
            "community mental health team and was seen regularly by a care coordinator. Her "
            "records list her as a parent of two children, but the assessment section on "
            "'impact on dependants' was left blank. Appointments took place at the clinic. No "
            "one from adult mental health services visited the home or met the children.\n\n"
            "At Wyvernholme Primary School, Child M was described as polite, quiet and tired. "
            "Her attendance fell to 82%. She was often late because she walked her brother to "
            "nursery first. Staff noticed that she came to school in unwashed uniform, and "
            "that she took food from the breakfast club home in her bag. Kaydence told her "
            "class teacher that 'Mummy is poorly and I do the tea'.\n\n"
            "The school referred the family to early help. An early help assessment identified "
            "Child M as a young carer and referred her to a young carers' group, which she "
            "attended twice. Mother declined further support, saying she was coping. The plan "
            "was closed after three months.\n\n"
            "Four months later the school made a referral to the Multi-Agency Safeguarding "
            "Hub, describing Child M's caring role and worsening appearance. The hub contacted "
            "the care coordinator, who said Mother was 'engaging well' and 'stable on "
            "medication'. The contact was closed with advice to the school to refer back to "
            "early help. The school's designated safeguarding lead disagreed with the decision "
            "but did not use the escalation procedure.\n\n"
            "On 14 May 2026, Child M tried to cook pasta for herself and her brother while "
            "Mother was in bed. She spilled a pan of boiling water over her legs. She told no "
            "one, because she was frightened the family would be split up. Two days later a "
            "teaching assistant saw her limping and found blistered burns covering both shins. "
            "The school called an ambulance and Child M was admitted to hospital for "
            "treatment, including skin grafts.\n\n"
            "The hospital referred to children's social care. A strategy discussion was held "
            "and both children were placed with their maternal aunt while Mother received "
            "treatment in hospital. Mother has since recovered well and the children are "
            "gradually returning to her care with a child in need plan."
        ),
        "practice_issues": (
            "Mother's illness was treated, but her role as a parent was not considered. Adult "
            "mental health services are required to think about the children of the adults "
            "they support. The care coordinator saw Mother every fortnight, but the children "
            "never came up. Mother later said she had been afraid to talk about how she was "
            "managing in case her children were taken from her. Practitioners need to ask in a "
            "way that makes it safe to answer honestly.\n\n"
            "When the Multi-Agency Safeguarding Hub asked adult mental health services about "
            "the family, it received an answer about Mother's clinical state, not about her "
            "capacity to care for the children. 'Engaging well' and 'stable' described Mother "
            "in clinic. They said nothing about what happened at home at teatime. Information "
            "sharing only helps if the right question is asked and answered.\n\n"
            "Child M's voice was clear. She told her teacher what was happening. Her "
            "behaviour, taking food home and being late because of her brother, told the same "
            "story. Young carers often do not see themselves as needing help, and they may "
            "fear that speaking out will break up their family. This is what happened here: "
            "Child M hid a serious injury for two days because of that fear.\n\n"
            "Early help recognised Child M as a young carer, which was important. But the plan "
            "rested on Mother's acceptance of support. When she declined, the plan closed. No "
            "one asked whether Child M's needs had been met. A young carer's assessment is a "
            "right, and it should lead to a plan that reduces the child's caring role, not "
            "only to a group.\n\n"
            "The school did many things well. Staff noticed, recorded and referred. But when "
            "the second referral was closed, the designated safeguarding lead accepted a "
            "decision she disagreed with. She told the review she was not sure the escalation "
            "procedure applied to decisions made by the safeguarding hub. It does. "
            "Professional challenge is a normal and expected part of safeguarding, not a "
            "complaint.\n\n"
            "The neglect Child M experienced was not caused by a lack of love. Mother loved "
            "her children. But a parent's illness can mean that children's needs go unmet for "
            "long periods, and neglect can be serious whatever its cause."
        ),
        "what_needs_to_change": (
            "Adult mental health services must think about the children of the parents they "
            "treat. Every assessment and review should look at how the illness affects the "
            "children. Services should share this with children's services when asked. When a "
            "very unwell parent is caring alone for young children, a home visit should be "
            "considered.\n\n"
            "When the safeguarding hub asks adult services for information, it should ask "
            "clear questions. Can this parent meet the children's needs? What is a normal day "
            "like for the children? How well the parent takes part in treatment is not enough "
            "on its own.\n\n"
            "Young carers need a proper assessment of their caring role. They also need a plan "
            "that makes that role smaller. An early help plan for a young carer should not "
            "close just because a parent says no to support.\n\n"
            "Designated safeguarding leads should know that they can challenge any "
            "safeguarding decision. This includes decisions made by the Multi-Agency "
            "Safeguarding Hub. They should be supported to do so.\n\n"
            "Every practitioner who works with a young carer should explain honestly what "
            "happens when a worry is shared. Children should not have to hide harm out of "
            "fear."
        ),
        "content_warning": False,
        "findings": [
            {
                "title": "The patient was seen but not the parent",
                "text": (
                    "Mother received regular treatment, but no one in adult mental health "
                    "services asked how her illness affected her children. The 'impact on "
                    "dependants' section was left blank. Thinking about the whole family is a "
                    "core part of adult mental health practice. Children can be invisible when "
                    "services see adults only in a clinic, and when parents fear that honesty "
                    "will lead to their children being removed."
                ),
            },
            {
                "title": "The wrong question was answered",
                "text": (
                    "When the safeguarding hub asked about the family, adult mental health "
                    "services described Mother's engagement and stability. This was accurate "
                    "but did not answer the question that mattered: could Mother meet her "
                    "children's needs? Agencies should frame information requests around the "
                    "child, and respondents should say clearly when they do not know how a "
                    "parent is managing at home with the children."
                ),
            },
            {
                "title": "A young carer hid her injury",
                "text": (
                    "Child M told her teacher she was caring for her mother, and her behaviour "
                    "showed it. But she hid a serious burn for two days because she feared her "
                    "family would be split up. Young carers need to know that asking for help "
                    "will not lead to punishment. Plans should reduce the caring role, and "
                    "professionals should explain clearly what will happen when concerns are "
                    "shared."
                ),
            },
            {
                "title": "The school disagreed but did not escalate",
                "text": (
                    "The school's referrals were accurate and well evidenced. When the second "
                    "one was closed, the designated safeguarding lead disagreed but did not "
                    "challenge the decision, because she believed decisions of the "
                    "safeguarding hub could not be escalated. Escalation is open to every "
                    "practitioner, about every agency. Using it should be seen as good "
                    "practice, and it should be simple to do."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "Adult mental health services should make a 'think family' assessment of "
                    "the impact of a parent's illness on their children a mandatory part of "
                    "every assessment and review, with a home visit considered when a parent "
                    "is caring alone for young children."
                ),
                "actions": [
                    {
                        "agency": "adult-mental-health",
                        "description": (
                            "Make the 'impact on dependants' section mandatory in the "
                            "electronic record and audit its completion quarterly, with "
                            "results reported to the partnership."
                        ),
                        "due_in_days": 120,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                    {
                        "agency": "adult-mental-health",
                        "description": (
                            "Deliver whole-family practice training to all community mental "
                            "health team care coordinators, including how to ask parents about "
                            "their children safely."
                        ),
                        "due_in_days": 200,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
            {
                "text": (
                    "The Multi-Agency Safeguarding Hub should use a structured information "
                    "request for adult services, asking specifically about the parent's "
                    "ability to meet each child's needs, and should not close a contact on the "
                    "basis of a parent's engagement alone."
                ),
                "actions": [
                    {
                        "agency": "childrens-social-care",
                        "description": (
                            "Introduce a structured information request template for adult "
                            "services in the Multi-Agency Safeguarding Hub, focused on the "
                            "parent's capacity to meet the children's needs."
                        ),
                        "due_in_days": 60,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "Template drafted and tested with adult mental health leads",
                    },
                ],
            },
            {
                "text": (
                    "Early help should complete a young carer's assessment for every child "
                    "identified as a young carer, with a plan that reduces the caring role, "
                    "and should not close the plan only because a parent declines support."
                ),
                "actions": [
                    {
                        "agency": "early-help",
                        "description": (
                            "Update the young carers pathway so that every identified young "
                            "carer has a statutory young carer's assessment and a manager "
                            "review before any closure."
                        ),
                        "due_in_days": 150,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
            {
                "text": (
                    "The partnership should remind all designated safeguarding leads that the "
                    "escalation procedure applies to every safeguarding decision, including "
                    "those of the Multi-Agency Safeguarding Hub, and simplify the procedure so "
                    "that it is quick to use."
                ),
                "actions": [
                    {
                        "agency": "school",
                        "description": (
                            "Issue a briefing to all designated safeguarding leads on "
                            "escalation, with a one-page flowchart, and include escalation in "
                            "termly network meetings."
                        ),
                        "due_in_days": 45,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
        ],
        "status": "in_qa",
        "published_days_ago": None,
        "removed_days_ago": None,
        "private_names": ["Kaydence Foulstone", "Kaydence", "Michelle Foulstone", "Ryan Foulstone"],
        "briefing": {
            "case_in_brief": (
                "Child M was 8 when she was badly scalded while cooking for herself and her "
                "younger brother. Her mother had severe depression. Child M had been caring "
                "for the family for over a year and hid her injury for two days because she "
                "feared the family would be split up. Adult mental health services treated "
                "Mother but never asked about the children. The school referred twice but did "
                "not challenge when the second referral was closed."
            ),
            "key_learning": [
                "See the parent behind the patient, and the child behind the parent.",
                "Ask the question that matters: can this parent meet the children's needs?",
                "Young carers may hide harm to keep their family together.",
                "Escalation applies to every safeguarding decision, including the hub's.",
            ],
            "what_has_changed": [
                (
                    "The safeguarding hub is testing a structured information request for "
                    "adult services."
                ),
                (
                    "Adult mental health services are making the children section of "
                    "assessments mandatory."
                ),
            ],
            "reflective_questions": [
                (
                    "When you see an adult patient who is a parent, what do you ask about "
                    "their children?"
                ),
                "How do you make it safe for a parent to tell you they are struggling?",
                (
                    "Have you ever accepted a decision you disagreed with? What stopped you "
                    "challenging?"
                ),
                "How would you recognise a young carer in your setting?",
            ],
        },
    },
    {
        "reference": "NEL-2026-05",
        "pseudonym": "Baby N",
        "title": "Baby N: domestic abuse and coercive control around a new baby",
        "review_type": "local",
        "harm": "serious_harm",
        "age_band": "under_1",
        "sex": "female",
        "incident_month": 6,
        "incident_year": 2026,
        "decision_days_ago": 125,
        "themes": [
            "domestic-abuse",
            "under-ones",
            "parental-mental-health",
            "non-accidental-injury",
            "information-sharing",
        ],
        "agencies": [
            "midwifery",
            "health-visiting",
            "general-practice",
            "police",
            "adult-mental-health",
            "hospital",
            "childrens-social-care",
        ],
        "reviewer_name": "Ruth Calloway",
        "summary": (
            "Baby N was 5 months old when she suffered a fractured skull. Her father pushed "
            "her mother during an argument while Mother was holding her, and Baby N fell to "
            "the floor. Police had been called to the home twice during the pregnancy, but "
            "midwives and health visitors were not told. Father came to almost every "
            "appointment and often answered for Mother, so professionals never saw her alone. "
            "Mother was being treated for depression after the birth. This review looks at how "
            "services can recognise coercive control and make it safe for a parent to talk "
            "about domestic abuse."
        ),
        "what_happened": (
            "Mother and Father had been together for three years when Mother became pregnant "
            "with Baby N, their first child. Mother had experienced anxiety since her teens. "
            "Father drank heavily at weekends. Friends later told the police that Father "
            "checked Mother's phone, controlled the family's money and discouraged her from "
            "seeing her family.\n\n"
            "During the pregnancy the police were called to the couple's flat at 17 Saltmarsh "
            "Row twice by neighbours who heard shouting. On both occasions Mother said nothing "
            "had happened. Officers completed a domestic abuse risk assessment, which was "
            "graded as standard risk. A notification was sent to the Multi-Agency Safeguarding "
            "Hub. Because the baby was not yet born, it was recorded on Mother's file 'for "
            "information' and no further action was taken. Midwives were not told.\n\n"
            "At her booking appointment, the midwife asked the routine question about domestic "
            "abuse. Father was in the room and answered 'no' on Mother's behalf. The midwife "
            "recorded that it had not been possible to ask Mother alone, and planned to ask "
            "again. Father attended every later appointment, and the question was not asked "
            "again.\n\n"
            "After Baby N's birth, Mother became low and withdrawn. The GP at Brantwell "
            "Surgery diagnosed postnatal depression, prescribed medication and referred her to "
            "the perinatal mental health team. Father came to the first two perinatal "
            "appointments and did most of the talking. The third appointment was by video "
            "call. Leanne's practitioner noticed that she kept looking away from the screen, "
            "but did not ask whether anyone else was in the room.\n\n"
            "The health visitor completed the new birth visit and the 6 to 8 week review at "
            "the family's home. Father was present both times. The health visitor recorded "
            "that he was 'very involved and supportive'. She offered Mother a clinic "
            "appointment to talk alone, but Mother did not attend. The family's address on the "
            "health visiting system was recorded with the postcode DN32 9XY, which was out of "
            "date, and a letter inviting Mother to a postnatal group was returned.\n\n"
            "In June 2026 neighbours again called the police. Father, who had been drinking, "
            "had pushed Mother while she was holding Baby N. Baby N fell and hit her head on a "
            "tiled floor. She was taken to hospital by ambulance and a scan showed a skull "
            "fracture with a small bleed. She has made a good physical recovery. Father was "
            "arrested and charged with assault and offences of coercive and controlling "
            "behaviour. Mother and Baby N moved to a refuge and are being supported by a "
            "domestic abuse service."
        ),
        "practice_issues": (
            "The signs of coercive control were present throughout: Father attended every "
            "appointment, answered questions for Mother, controlled money and monitored her "
            "phone. Professionals saw him as 'supportive'. Controlling partners often present "
            "as helpful and attentive to professionals. Practitioners need to be curious when "
            "one partner is always present and always speaks for the other.\n\n"
            "Routine enquiry about domestic abuse only works if it is asked in private. The "
            "midwife correctly recognised that she could not ask Mother alone, but there was "
            "no system to make sure it happened later. Without a clear plan, the question was "
            "simply dropped. Health services need ways to see women alone, such as a routine "
            "part of each appointment without partners.\n\n"
            "Police information did not reach the people who could act on it. Two domestic "
            "abuse incidents in pregnancy were graded as standard risk and recorded on "
            "Mother's file at the safeguarding hub. Pregnancy is a time when domestic abuse "
            "often starts or gets worse, and an unborn baby is at risk. The midwife and GP "
            "would have approached their work very differently had they known. The "
            "notification process treated pregnancy as a reason not to act rather than as a "
            "reason to share.\n\n"
            "Mother's postnatal depression and the domestic abuse were treated as separate "
            "issues. The perinatal mental health team did not ask about her relationship or "
            "about domestic abuse. Depression and anxiety in new mothers are commonly linked "
            "with domestic abuse. Video appointments bring particular risks, because the "
            "practitioner cannot see who else is present.\n\n"
            "The risk to Baby N was not assessed at any point. Nobody brought together "
            "Father's drinking, the police call-outs, Mother's depression and the signs of "
            "control. Each agency held a part. A multi-agency discussion before the birth "
            "could have led to a pre-birth assessment and a safety plan.\n\n"
            "Finally, the family's address details were wrong on one system. This meant a "
            "letter inviting Mother to a group she might have attended alone did not reach "
            "her.\n\n"
            "The response after Baby N was injured was good. Police, paramedics and hospital "
            "staff acted quickly, a strategy discussion took place the same day, and Mother "
            "was supported to move to a refuge. Mother told the review that she had wanted "
            "someone to ask her, on her own, whether she was safe."
        ),
        "what_needs_to_change": (
            "Every domestic abuse incident involving a pregnant woman should be shared with "
            "her midwife and GP, whatever the risk level. If there are repeated incidents "
            "during pregnancy, the safeguarding hub should consider an assessment before the "
            "baby is born.\n\n"
            "Midwives, health visitors and perinatal mental health staff must be able to see "
            "women alone. Each service should build time alone into routine appointments. When "
            "it has not been possible to ask about domestic abuse in private, this should be "
            "recorded and followed up.\n\n"
            "Staff need training to spot coercive control. Signs include a partner who is "
            "always there, who speaks for the woman, or who seems very helpful. Perinatal "
            "mental health services should ask about domestic abuse at every assessment. In "
            "video appointments, they should check who else is in the room.\n\n"
            "Agencies should check family addresses at every contact, so that letters reach "
            "the right place. Within a year, the partnership should audit whether women are "
            "now being seen alone and asked about domestic abuse in private."
        ),
        "content_warning": False,
        "findings": [
            {
                "title": "Coercive control was seen as support",
                "text": (
                    "Father came to every appointment, answered for Mother and was described "
                    "as 'very involved'. These are recognised signs of coercive control, but "
                    "practitioners saw them as signs of a caring partner. Training should help "
                    "practitioners notice when one partner always speaks for the other, and "
                    "give them practical ways to see the other partner alone without raising "
                    "the controlling partner's suspicion."
                ),
            },
            {
                "title": "The question about domestic abuse was never asked in private",
                "text": (
                    "Routine enquiry at booking was answered by Father. The midwife recorded "
                    "that she would ask again, but there was no prompt or system to make sure "
                    "she did. The question was never asked in private. Services need a "
                    "reliable way to flag incomplete enquiry and to create time alone with "
                    "women at later appointments. A question that cannot be asked safely "
                    "should be planned for, not forgotten."
                ),
            },
            {
                "title": "Police information stayed on Mother's file",
                "text": (
                    "Two police call-outs during the pregnancy were recorded at the "
                    "safeguarding hub but not shared with health services, because the baby "
                    "was not yet born. Pregnancy increases the risk of domestic abuse. "
                    "Information about incidents in pregnancy should always be shared with "
                    "midwives and GPs, who see the woman regularly and can offer a safe, "
                    "private opportunity to talk about what is happening."
                ),
            },
            {
                "title": "Mental health and domestic abuse were treated separately",
                "text": (
                    "Mother's postnatal depression was treated without any question about her "
                    "relationship. Depression in new mothers is often linked to domestic "
                    "abuse, and treating one without asking about the other can miss the cause "
                    "of distress and the risk to the baby. Video consultations need extra "
                    "care, because the practitioner cannot see who else is listening or "
                    "whether the woman can speak freely."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "The Multi-Agency Safeguarding Hub should share every domestic abuse "
                    "notification involving a pregnant woman with her midwife and GP, and "
                    "consider a pre-birth assessment where there are repeated incidents during "
                    "the pregnancy."
                ),
                "actions": [
                    {
                        "agency": "childrens-social-care",
                        "description": (
                            "Change the safeguarding hub's procedure so that notifications "
                            "involving a pregnant woman are always sent to the named midwife "
                            "and GP within one working day."
                        ),
                        "due_in_days": 45,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": (
                            "Procedure drafted; agreed with the maternity safeguarding team"
                        ),
                    },
                    {
                        "agency": "police",
                        "description": (
                            "Add a mandatory pregnancy question to the domestic abuse risk "
                            "assessment, with an automatic referral to the safeguarding hub "
                            "when the answer is yes."
                        ),
                        "due_in_days": 90,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
            {
                "text": (
                    "Maternity, health visiting and perinatal mental health services should "
                    "build time alone with women into routine appointments, and flag and "
                    "follow up every occasion when routine enquiry about domestic abuse has "
                    "not been possible."
                ),
                "actions": [
                    {
                        "agency": "midwifery",
                        "description": (
                            "Introduce an electronic flag for incomplete routine enquiry that "
                            "stays active until the question has been asked in private, and "
                            "audit its use."
                        ),
                        "due_in_days": 120,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                    {
                        "agency": "health-visiting",
                        "description": (
                            "Build a short private conversation with the mother into every new "
                            "birth visit and 6 to 8 week review, using a practical reason for "
                            "the partner to step out."
                        ),
                        "due_in_days": 120,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
            {
                "text": (
                    "Perinatal mental health services should ask about domestic abuse at every "
                    "assessment, and check who is present at the start of every video "
                    "appointment, offering a different appointment if the woman cannot speak "
                    "freely."
                ),
                "actions": [
                    {
                        "agency": "adult-mental-health",
                        "description": (
                            "Add domestic abuse enquiry to the perinatal mental health "
                            "assessment template and issue guidance on safety checks in video "
                            "appointments."
                        ),
                        "due_in_days": 150,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
        ],
        "status": "in_qa",
        "published_days_ago": None,
        "removed_days_ago": None,
        "private_names": ["Leanne Crowther", "Leanne", "Jason Crowther", "Isla-Rose Crowther"],
        "briefing": {
            "case_in_brief": (
                "Baby N was 5 months old when she fractured her skull after her father pushed "
                "her mother, who was holding her. Police had been called twice during the "
                "pregnancy, but health services were not told. Father attended every "
                "appointment and answered for Mother, so she was never asked about domestic "
                "abuse in private. She was treated for postnatal depression without anyone "
                "asking about her relationship."
            ),
            "key_learning": [
                "A partner who is always present and speaks for the mother may be controlling her.",
                "Ask about domestic abuse in private, and follow up if you could not.",
                "Domestic abuse in pregnancy must be shared with midwives and GPs.",
                "Ask about relationships when treating depression in new mothers.",
            ],
            "what_has_changed": [
                "The safeguarding hub is changing its procedure to share pregnancy notifications.",
                "Maternity services have agreed to flag incomplete domestic abuse enquiry.",
            ],
            "reflective_questions": [
                "How do you make time to see a parent alone when their partner is always there?",
                "What do you do when you could not ask about domestic abuse?",
                "How do you check who else is in the room during a video call?",
                "Have you ever described a controlling partner as supportive?",
            ],
        },
    },
    {
        "reference": "NEL-2026-06",
        "pseudonym": "Child P (14)",
        "title": "Child P: an autistic boy out of school and between services",
        "review_type": "local",
        "harm": "serious_harm",
        "age_band": "10_to_14",
        "sex": "male",
        "incident_month": 6,
        "incident_year": 2026,
        "decision_days_ago": 110,
        "themes": ["child-mental-health", "disabled-children", "missing-children", "escalation"],
        "agencies": [
            "camhs",
            "school",
            "education-inclusion",
            "general-practice",
            "hospital",
            "childrens-social-care",
            "early-help",
        ],
        "reviewer_name": "Dr Helen Marsh",
        "summary": (
            "Child P was 14 when he seriously harmed himself and needed intensive care. He is "
            "autistic. He found secondary school overwhelming, and for five months before the "
            "incident he had been out of school with only three hours of online tuition a "
            "week. His self-harm had been increasing. Mental health services said his distress "
            "was related to autism, while autism services said it was a mental health matter, "
            "so he fell between the two. His parents asked repeatedly for help and felt that "
            "nobody listened. This review looks at how services can work together around "
            "autistic young people in crisis."
        ),
        "what_happened": (
            "Child P lives with his mother, his father and his younger sister. He was referred "
            "for an autism assessment at 9 and diagnosed at 12, after a wait of more than two "
            "years. His parents describe him as clever, funny and passionate about trains and "
            "maps.\n\n"
            "Child P moved to Fenwick Moor Academy at 11. The school was large and noisy. He "
            "struggled with changes of room and unstructured time, and was often sent to an "
            "isolation room for leaving lessons. By Year 9 his attendance had fallen to 40%. "
            "He described feeling sick every morning. The school referred the family to the "
            "education attendance service, and Mother received a warning letter about a "
            "possible fine.\n\n"
            "His parents applied for an assessment for an education, health and care plan. The "
            "local authority first refused, then agreed after the parents appealed. The plan "
            "was finalised nine months after the first request. It named a specialist school, "
            "which had no place. While a place was sought, Child P was offered three hours of "
            "online tuition a week. He spent most of his time alone in his room, gaming late "
            "into the night.\n\n"
            "Child P began to self-harm at 13. The GP referred him to child and adolescent "
            "mental health services (CAMHS). CAMHS decided his difficulties were linked to his "
            "autism and referred him to the neurodevelopmental team. The neurodevelopmental "
            "team replied that self-harm was a mental health matter and referred him back. "
            "This happened twice. The GP wrote three letters asking for the decision to be "
            "reviewed, but did not use the partnership's escalation procedure.\n\n"
            "Ethan's mother phoned the CAMHS duty line several times, giving her mobile number "
            "(07700 900 372) for a call back. She recorded that she waited up to four days for "
            "a reply. The family asked children's social care for support as carers of a "
            "disabled child. The disabled children's team said Child P did not meet its "
            "criteria and referred them to early help, which offered a parenting course.\n\n"
            "On 3 June 2026, Child P seriously harmed himself at home. His father found him "
            "and called an ambulance. Child P spent four days in intensive care and has since "
            "recovered physically. He was admitted to a specialist adolescent mental health "
            "unit for eight weeks. He now attends a specialist school part-time and is "
            "settling well."
        ),
        "practice_issues": (
            "Child P's distress was visible for more than a year. He avoided school, felt sick "
            "every morning, withdrew into his room and began to self-harm. Each of these signs "
            "reached at least one professional. The system responded to each one separately: "
            "school attendance as an attendance problem, the education plan as an education "
            "process, self-harm as a question of which team should respond.\n\n"
            "Autistic young people are at higher risk of mental health difficulties and of "
            "self-harm and suicide. Their distress may look different, and it is often put "
            "down to autism. In this case, each service used his autism to decide that another "
            "service was responsible. This is a form of diagnostic overshadowing. The result "
            "was that no one assessed his mental health for over a year.\n\n"
            "Child P's school attendance was treated as a matter of compliance. Warning "
            "letters and the threat of a fine added to the family's stress. Emotionally based "
            "school avoidance is common among autistic pupils and needs a supportive response, "
            "with reasonable adjustments and an understanding of the child's anxiety. Repeated "
            "use of isolation rooms is likely to have increased his distress.\n\n"
            "The delay in his education, health and care plan, and the lack of a specialist "
            "place, left him with three hours of education a week for five months. Online "
            "tuition is not a safe substitute for school for a child who is already isolated. "
            "During this time no professional saw him regularly.\n\n"
            "The GP recognised that the decisions about Child P were wrong and wrote three "
            "times. This showed real advocacy. But letters between services were not "
            "escalation. The partnership's procedure exists to resolve this kind of "
            "disagreement quickly, at manager level. The GP was not aware that it applied to "
            "health services.\n\n"
            "His parents' voices were clear, persistent and accurate. They were sometimes seen "
            "as 'demanding'. Parents of disabled children often become experts in their "
            "child's needs. When they say things are getting worse, they should be believed "
            "and their concerns acted on.\n\n"
            "The family's request for support as carers was not assessed properly. Being "
            "offered a parenting course when asking for help with a disabled child in crisis "
            "left the parents feeling blamed."
        ),
        "what_needs_to_change": (
            "Child and adolescent mental health services (CAMHS) and the neurodevelopmental "
            "service must agree a single route for autistic young people who self-harm. There "
            "should be one joint assessment and a named lead. No young person should be passed "
            "between the two services more than once without a joint meeting.\n\n"
            "Schools should meet anxiety about school with support and reasonable changes, not "
            "with sanctions or fines. They should avoid using isolation rooms for autistic "
            "pupils. The education inclusion service should make sure that any child who only "
            "has online lessons is seen in person regularly.\n\n"
            "Staff in all agencies, including GPs, must know that they can and should use the "
            "escalation procedure when they disagree with another agency. CAMHS should return "
            "calls from worried parents on the same day.\n\n"
            "Children's social care should assess the needs of families caring for a disabled "
            "child when they ask for help. The disabled children's team should review who it "
            "can help, so that children with autism and mental health needs are not left out."
        ),
        "content_warning": True,
        "findings": [
            {
                "title": "Autism was used to pass responsibility on",
                "text": (
                    "Child and adolescent mental health services (CAMHS) and the "
                    "neurodevelopmental team each decided that Child P's self-harm belonged to "
                    "the other service. His autism was treated as an explanation for his "
                    "distress rather than as a reason for more careful mental health "
                    "assessment. Autistic young people are at higher risk of suicide. Disputes "
                    "about which service is responsible must be settled by a joint meeting, "
                    "not by further referrals."
                ),
            },
            {
                "title": "School avoidance was treated as non-compliance",
                "text": (
                    "Child P's anxiety about school was met with isolation, warning letters "
                    "and the threat of a fine. These responses are likely to have made his "
                    "distress worse. Emotionally based school avoidance is a sign that a child "
                    "needs help. Schools need guidance and support to make reasonable "
                    "adjustments for autistic pupils and to work with families instead of "
                    "against them."
                ),
            },
            {
                "title": "Three hours a week left him unseen",
                "text": (
                    "While waiting for a specialist place, Child P received three hours of "
                    "online tuition a week for five months. No professional saw him regularly. "
                    "He became more isolated and his self-harm increased. Children on reduced "
                    "or online-only provision need a named professional who sees them in "
                    "person and who notices when things are getting worse, and who can act "
                    "quickly when they do."
                ),
            },
            {
                "title": "Letters were sent, but nobody escalated",
                "text": (
                    "The GP wrote three times challenging the decisions about Child P, and his "
                    "parents called the duty line repeatedly. None of this was treated as a "
                    "formal escalation. Letters can be filed without a response. The "
                    "escalation procedure brings disagreements to managers who can resolve "
                    "them. Health practitioners, including GPs, need to know that it applies "
                    "to them and how to start it."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "Child and adolescent mental health services (CAMHS) and the "
                    "neurodevelopmental service should establish a joint pathway for autistic "
                    "young people who self-harm, with a joint assessment within four weeks and "
                    "a named lead clinician, so that no young person is passed between "
                    "services."
                ),
                "actions": [
                    {
                        "agency": "camhs",
                        "description": (
                            "Set up a joint weekly triage meeting between child and adolescent "
                            "mental health services and the neurodevelopmental team, and agree "
                            "a shared pathway with a named lead clinician for each young "
                            "person."
                        ),
                        "due_in_days": 90,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "Joint triage meeting started in September 2026",
                    },
                ],
            },
            {
                "text": (
                    "The education inclusion service should make sure that every child "
                    "receiving only online or reduced provision while waiting for a school "
                    "place is seen in person at least every two weeks, and schools should be "
                    "supported to respond to anxiety-based school avoidance without sanctions."
                ),
                "actions": [
                    {
                        "agency": "education-inclusion",
                        "description": (
                            "Assign a named education professional to every child on "
                            "online-only or reduced provision, with face-to-face contact at "
                            "least every two weeks."
                        ),
                        "due_in_days": 60,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                    {
                        "agency": "school",
                        "description": (
                            "Publish partnership guidance on emotionally based school "
                            "avoidance, with training for special educational needs "
                            "coordinators, pastoral staff and attendance leads in every "
                            "secondary school."
                        ),
                        "due_in_days": 180,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
            {
                "text": (
                    "The partnership should relaunch its escalation procedure across health "
                    "services, including general practice, and child and adolescent mental "
                    "health services should commit to returning calls from parents to the duty "
                    "line on the same working day."
                ),
                "actions": [
                    {
                        "agency": "general-practice",
                        "description": (
                            "Brief all GP safeguarding leads on the escalation procedure and "
                            "add it to the primary care safeguarding newsletter and induction "
                            "pack."
                        ),
                        "due_in_days": 30,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                    {
                        "agency": "camhs",
                        "description": (
                            "Introduce a same-day call-back standard for the duty line and "
                            "report performance against it monthly to the service's clinical "
                            "governance meeting."
                        ),
                        "due_in_days": -10,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
        ],
        "status": "in_qa",
        "published_days_ago": None,
        "removed_days_ago": None,
        "private_names": ["Ethan Pickersgill", "Ethan", "Sarah Pickersgill", "Neil Pickersgill"],
        "briefing": {
            "case_in_brief": (
                "Child P, an autistic 14-year-old, needed intensive care after seriously "
                "harming himself. He had been out of school for five months with three hours "
                "of online tuition a week. His self-harm was increasing, but child and "
                "adolescent mental health services (CAMHS) and the neurodevelopmental team "
                "each said the other should help. His GP wrote letters but did not escalate. "
                "His parents asked repeatedly for help and were offered a parenting course."
            ),
            "key_learning": [
                "Autistic young people are at higher risk of self-harm and suicide.",
                "A diagnosis should prompt more careful assessment, not a referral elsewhere.",
                "School avoidance is a sign of distress, not defiance.",
                "Letters are not escalation: use the procedure and involve managers.",
                "Believe parents who say things are getting worse.",
            ],
            "what_has_changed": [
                "Child mental health and neurodevelopmental teams now hold a joint triage meeting.",
                "The partnership is relaunching its escalation procedure in health services.",
            ],
            "reflective_questions": [
                "Have you ever thought that a child's needs belonged to another service?",
                "How do you respond when an autistic child stops coming to school?",
                "Who sees the children on your caseload who are not in school full-time?",
                "What would you do if your letters to another service went unanswered?",
            ],
        },
    },
    {
        "reference": "NEL-2026-07",
        "pseudonym": "Child Q (12)",
        "title": "Child Q: online grooming that moved offline",
        "review_type": "local",
        "harm": "serious_harm",
        "age_band": "10_to_14",
        "sex": "male",
        "incident_month": 7,
        "incident_year": 2026,
        "decision_days_ago": 85,
        "themes": ["online-abuse", "sexual-abuse", "information-sharing", "professional-curiosity"],
        "agencies": ["police", "school", "childrens-social-care", "general-practice", "early-help"],
        "reviewer_name": "Mark Penrose",
        "summary": (
            "Child Q was 12 when he was sexually abused by an adult man he had met through an "
            "online game. The man pretended to be 15, gave Child Q gifts and moved their "
            "conversations to a private messaging app. Over several months, Child Q became "
            "tired, withdrawn and secretive. His school heard him talk about an 'older friend' "
            "who bought him things. Police had earlier received a report about the same man's "
            "online account, but the investigation was delayed. This review looks at how "
            "professionals and parents can recognise online grooming, and how information "
            "about risky adults can be shared more quickly."
        ),
        "what_happened": (
            "Child Q lives with his mother, his stepfather and two younger half-brothers. He "
            "is a quiet boy with a small group of friends, and he loves online games. His "
            "parents had set controls on the family games console. They did not know that "
            "Child Q had been given a second-hand mobile phone by a cousin.\n\n"
            "Early in 2026, a man began talking to Child Q through the chat function of an "
            "online game. He said he was 15. He gave Child Q in-game currency and praised his "
            "skill. After a few weeks he persuaded Child Q to move their conversations to an "
            "encrypted messaging app. Messages found later showed that he asked Child Q to "
            "keep their friendship secret and told him that his parents 'wouldn't understand'.\n\n"
            "Around the same time, police received a report from the parent of another child. "
            "The parent said an adult using the same gaming name had sent sexual messages to "
            "her son. The report was passed to the online child abuse team. Because of a "
            "backlog in digital investigations, the account holder was not identified for four "
            "months. Schools and children's social care were not told about the account or the "
            "risk it posed.\n\n"
            "At school, Child Q became tired and distracted. His grades fell. A teacher "
            "overheard him telling a classmate that his 'older friend' had bought him new "
            "trainers and would take him to a games shop. The teacher recorded this. The "
            "designated safeguarding lead spoke to Callum, who said his friend was 15 and went "
            "to another school. The explanation was accepted and the concern closed. Parents "
            "were not contacted.\n\n"
            "Child Q's mother took him to the GP twice with stomach pains and trouble "
            "sleeping. The GP found no physical cause and gave advice about sleep routines. "
            "Nobody asked about screen time, online contacts or worries. Mother had noticed "
            "the new trainers and had been told they were a present from a friend's family. "
            "The family had previously received early help support with the younger children's "
            "behaviour, which had closed successfully a year earlier.\n\n"
            "On 21 July 2026, the man arranged to meet Child Q in a park near his home at 42 "
            "Thornwick Grove. Over the following weeks he sexually abused Child Q on three "
            "occasions. A neighbour became concerned about an adult man repeatedly waiting for "
            "a child in a car and called the police. Officers identified the man, who was 34. "
            "He was arrested and has been charged with sexual offences against Child Q and "
            "online offences against other children. Child Q is receiving specialist support "
            "and is back at school."
        ),
        "practice_issues": (
            "Online grooming follows a recognisable pattern: flattery, gifts, secrecy, moving "
            "to a private platform and separating the child from trusted adults. Every stage "
            "of that pattern was present. Child Q's parents did not know about the second "
            "phone, so parental controls gave them false reassurance. Parents need practical "
            "advice that goes beyond settings on a single device.\n\n"
            "The school heard an important clue. A 12-year-old talking about an 'older friend' "
            "who buys him expensive gifts should prompt curiosity. The designated safeguarding "
            "lead spoke to Child Q, which was right, but accepted his answer without checking "
            "it. Children who are being groomed are often told what to say. Contacting Child "
            "Q's parents would have been a simple next step, and Mother would have recognised "
            "that the trainers had been explained differently at home.\n\n"
            "The police held intelligence about a man contacting children through the same "
            "game. Delays in digital investigation meant he was not identified for four "
            "months. While the investigation was open, no warning about the account reached "
            "schools or children's services. Sharing the gaming name of a suspected adult, "
            "with appropriate safeguards, could have allowed schools to ask pupils about it "
            "and could have led to Child Q being identified earlier.\n\n"
            "Health professionals saw a boy with stomach pains and poor sleep. These are "
            "common symptoms with many causes, and the GP acted reasonably in looking for "
            "physical ones. Asking a young person about their worries, their sleep and their "
            "online life is a short, non-judgemental conversation that can reveal a great "
            "deal. It was not part of routine practice.\n\n"
            "Boys who are sexually abused are less likely to be recognised as victims than "
            "girls, and less likely to tell. Practitioners' awareness of online grooming tends "
            "to focus on girls. The review heard that staff at the school had not considered "
            "that a boy might be groomed in this way.\n\n"
            "The response of the neighbour shows the value of community awareness. The police "
            "response once the man was reported was swift and effective. Child Q's family "
            "contributed to this review. His mother said she wished someone had told her what "
            "signs to look for, because the signs had been there for months."
        ),
        "what_needs_to_change": (
            "Schools should treat talk of an older friend who gives gifts or asks for secrecy "
            "as a possible sign of grooming. The safeguarding lead should check what the child "
            "says with their parents. They should also seek advice from the Multi-Agency "
            "Safeguarding Hub. They should not rely on the child's account alone.\n\n"
            "Police should agree a way to warn schools and children's social care about online "
            "accounts that may be contacting children. This should happen even while an "
            "investigation is open. Delays in digital investigations that involve children "
            "should be tracked and dealt with first.\n\n"
            "GPs and other health staff should ask young people about their worries, their "
            "sleep and their online lives when they have physical symptoms with no clear "
            "cause.\n\n"
            "Training and public messages about grooming must make clear that boys are targets "
            "too. Advice to parents should cover second phones, gifts and secrecy, not only "
            "parental controls. The partnership should check, through an audit, that these "
            "changes have improved how concerns about grooming are followed up."
        ),
        "content_warning": True,
        "findings": [
            {
                "title": "A child's explanation was accepted without checking",
                "text": (
                    "The designated safeguarding lead asked Child Q about his 'older friend' "
                    "and accepted his answer. Children being groomed are often coached to keep "
                    "secrets and give reassuring answers. Checking a child's explanation with "
                    "parents, and seeking advice, is not a sign of distrust. It is how "
                    "professionals test what they have been told. A single phone call could "
                    "have changed the outcome here."
                ),
            },
            {
                "title": "Intelligence about a risky adult was not shared",
                "text": (
                    "Police held a report about the man's gaming account four months before he "
                    "met Child Q. The investigation was delayed by a digital backlog, and no "
                    "warning reached schools or children's services. Information about "
                    "accounts suspected of contacting children can be shared safely without "
                    "prejudicing an investigation. Doing so gives others the chance to "
                    "recognise and protect children at risk."
                ),
            },
            {
                "title": "Boys are groomed too",
                "text": (
                    "Practitioners told the review they associated online grooming mainly with "
                    "girls. Boys are targeted as well, and are less likely to tell anyone. "
                    "Training, assemblies and information for parents should use examples "
                    "involving boys, and should describe the pattern of gifts, flattery and "
                    "secrecy that often comes before abuse, so that the adults around boys "
                    "know what to look for and take it seriously."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "The partnership should issue guidance to schools on recognising online "
                    "grooming, including the grooming of boys, with clear steps to check a "
                    "child's explanation with parents and to seek advice from the Multi-Agency "
                    "Safeguarding Hub."
                ),
                "actions": [
                    {
                        "agency": "school",
                        "description": (
                            "Publish guidance and a short training module on online grooming "
                            "for designated safeguarding leads, with examples involving boys "
                            "and a checklist for following up concerns."
                        ),
                        "due_in_days": 120,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
            {
                "text": (
                    "The police should agree a protocol for sharing safeguarding warnings "
                    "about online accounts suspected of contacting children with schools and "
                    "children's social care while an investigation is ongoing, and should "
                    "monitor delays in digital investigations involving children."
                ),
                "actions": [
                    {
                        "agency": "police",
                        "description": (
                            "Agree a protocol with children's social care and education leads "
                            "for sharing warnings about suspect online accounts, and report "
                            "digital investigation waiting times to the partnership quarterly."
                        ),
                        "due_in_days": 150,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
            {
                "text": (
                    "GP practices should be supported to ask young people with unexplained "
                    "physical symptoms about their worries, sleep and online lives, using a "
                    "short, practical set of questions that can be used in a short "
                    "appointment."
                ),
                "actions": [
                    {
                        "agency": "general-practice",
                        "description": (
                            "Develop a short consultation prompt on psychosocial questions for "
                            "young people, including online life, and share it through the "
                            "primary care safeguarding network."
                        ),
                        "due_in_days": 180,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                    {
                        "agency": "early-help",
                        "description": (
                            "Add online safety advice covering second devices, gifts and "
                            "secrecy to early help parenting programmes and the family "
                            "information service website."
                        ),
                        "due_in_days": 90,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
        ],
        "status": "draft",
        "published_days_ago": None,
        "removed_days_ago": None,
        "private_names": ["Callum Witherspoon", "Callum", "Kerry Witherspoon", "Anthony Gell"],
        "briefing": {
            "case_in_brief": (
                "Child Q, aged 12, was groomed through an online game by a 34-year-old man who "
                "pretended to be 15. The man gave gifts, asked for secrecy and later sexually "
                "abused Child Q. The school heard Child Q talk about an 'older friend' but "
                "accepted his explanation. Police held an earlier report about the man's "
                "account, but the investigation was delayed and no warning was shared."
            ),
            "key_learning": [
                "Gifts, flattery and secrecy from an 'older friend' are warning signs.",
                "Check a child's explanation with parents, and seek advice.",
                "Boys are groomed too, and are less likely to tell.",
                "Warnings about suspect accounts can be shared safely during an investigation.",
            ],
            "what_has_changed": [
                "The police are developing a protocol for sharing warnings about suspect accounts.",
                "Guidance for schools on online grooming is being written.",
            ],
            "reflective_questions": [
                "What would you do if a child told you about an older friend who buys them things?",
                "How do you check what a child has told you without making them feel disbelieved?",
                "Do you ask young people about their online lives as a matter of routine?",
            ],
        },
    },
    {
        "reference": "NEL-2026-08",
        "pseudonym": "Child R",
        "title": "Child R: a toddler who swallowed an adult's methadone",
        "review_type": "local",
        "harm": "serious_harm",
        "age_band": "1_to_4",
        "sex": "female",
        "incident_month": 8,
        "incident_year": 2026,
        "decision_days_ago": 65,
        "themes": ["parental-substance-misuse", "neglect", "unseen-men", "information-sharing"],
        "agencies": [
            "substance-misuse",
            "health-visiting",
            "early-years",
            "general-practice",
            "ambulance",
            "hospital",
            "childrens-social-care",
        ],
        "reviewer_name": "Patricia Lund",
        "summary": (
            "Child R was 2 when she swallowed methadone, a medicine used to treat heroin "
            "dependence. She stopped breathing properly and needed intensive care, but "
            "recovered. The methadone belonged to Mother's partner. He was being treated by a "
            "drug service in another area, which did not know he was living with a young "
            "child. He kept his methadone in a drinks bottle in the fridge. Mother's own "
            "treatment was going well, and her service had checked her storage. Nobody had "
            "asked about the other adult in the home. This review looks at how drug services, "
            "health visitors and nurseries can keep young children safe from medicines in the "
            "home."
        ),
        "what_happened": (
            "Child R lived with Mother. Mother had used heroin in her twenties and had been in "
            "treatment with the local drug and alcohol service for four years. She was "
            "prescribed methadone and had been stable for a long time, with regular negative "
            "drug tests. Her keyworker described her as one of the service's success stories.\n\n"
            "As Mother's recovery progressed, she moved from taking her methadone each day "
            "under supervision at a pharmacy to collecting a week's supply to take at home. "
            "Before this change, the service completed a home safety check, gave her a "
            "lockable box and talked to her about safe storage. The check recorded one child "
            "in the household. It did not ask about other adults.\n\n"
            "About six months before the incident, Mother began a relationship with a man who "
            "was also in treatment for heroin use. He was registered with a drug service in a "
            "neighbouring area, using his own mother's address. His records said he had no "
            "children and no contact with children. In fact he stayed with Mother and Child R "
            "most nights and often collected Child R from nursery.\n\n"
            "The health visitor completed Child R's 2-year review at home. Mother was open "
            "about her treatment. With her consent, the health visitor spoke to Mother's "
            "keyworker, who said Mother was doing well. Neither asked about anyone else living "
            "in the home. The health visitor was not told that Mother now kept a week's supply "
            "of methadone at home.\n\n"
            "Nursery staff knew the man as Child R's 'uncle'. Mother had added him to the list "
            "of people allowed to collect her. Staff noticed on two occasions that he seemed "
            "drowsy. They mentioned this to Mother, who said he worked nights. The nursery did "
            "not record these observations as safeguarding concerns.\n\n"
            "In August 2026 Child R found a soft drinks bottle in the fridge and drank from "
            "it. It contained the partner's methadone. She became sleepy. Mother thought she "
            "was tired and put her to bed. A few hours later Mother found her difficult to "
            "wake and breathing slowly, and called an ambulance. Paramedics gave a medicine "
            "that reverses the effect of opioids, and Child R was treated in intensive care "
            "for three days. She has made a full recovery.\n\n"
            "A strategy discussion took place the same day. Child R became subject to a child "
            "protection plan. The partner no longer lives with the family, and Mother is "
            "working closely with professionals to keep Child R safe."
        ),
        "practice_issues": (
            "Methadone and similar medicines are highly dangerous to young children. A very "
            "small amount can stop a child breathing. National reviews have repeatedly found "
            "children harmed or killed by swallowing opioid substitute medicines taken home by "
            "adults. Safe storage is therefore not a one-off conversation. It needs checking "
            "regularly, and it needs to cover every adult who brings medicine into the home.\n\n"
            "Mother's service did what its procedure asked. It checked her storage and gave "
            "her a lockable box. But the procedure focused on the client, not on the "
            "household. The question 'who else lives here, or stays here, and do they have any "
            "medicines?' was not asked. In this case, the danger came from the other adult.\n\n"
            "The partner's drug service recorded what he told it: no children. It did not ask "
            "where he actually spent his time or whether he had contact with children through "
            "a partner. This is a common pattern in reviews: men who are part of children's "
            "lives are unknown to the services working with those children. Two drug services "
            "were treating two adults in the same household, and neither knew about the other.\n\n"
            "The health visitor showed good practice in speaking to the keyworker, with "
            "Mother's consent. But information sharing was general rather than specific. The "
            "health visitor did not ask, and was not told, about take-home doses. Knowing that "
            "methadone was kept at home would have prompted a conversation about storage and "
            "about the signs of opioid poisoning in a child.\n\n"
            "The nursery saw the partner regularly and noticed signs that he might be under "
            "the influence of drugs while caring for Child R. Staff raised this informally "
            "with Mother and accepted her explanation. A record and a conversation with the "
            "nursery's safeguarding lead would have allowed the concern to be shared.\n\n"
            "Mother did not recognise that Child R's sleepiness was a sign of poisoning. "
            "Parents and carers who keep opioid medicines at home should know the signs, know "
            "to call 999 immediately, and be offered naloxone, a medicine that reverses an "
            "opioid overdose.\n\n"
            "The response once the ambulance was called was quick and skilled, and the "
            "hospital made a prompt referral to children's social care."
        ),
        "what_needs_to_change": (
            "Drug and alcohol services should ask every client about the children they live "
            "with or see often. This includes the children of a partner. Before take-home "
            "doses start, the service should check how every adult in the home stores their "
            "medicines. It should check again at every review. Services in nearby areas need a "
            "way to find out if two of their clients share a home with children.\n\n"
            "Drug services should tell the health visitor or school nurse when a parent of "
            "young children starts take-home doses. The health visitor can then talk to the "
            "family about safe storage.\n\n"
            "Parents and carers who keep opioid medicines at home should know the signs of "
            "poisoning in children. They should be offered naloxone, a medicine that reverses "
            "an opioid overdose.\n\n"
            "Nurseries should record and share concerns about any adult who seems to be under "
            "the influence of drugs or alcohol while caring for a child. They should do this "
            "even when the adult gives a reason. The partnership should ask drug services in "
            "nearby areas to take part in this learning, as families and clients often move "
            "between areas."
        ),
        "content_warning": False,
        "findings": [
            {
                "title": "Storage checks covered one adult, not the household",
                "text": (
                    "Mother's drug service checked her storage arrangements carefully, but the "
                    "check did not ask about other adults or their medicines. The methadone "
                    "that harmed Child R belonged to Mother's partner and was kept in a drinks "
                    "bottle in the fridge. Safe storage checks need to cover everyone who "
                    "brings medicines into a home where there are children, and need to be "
                    "repeated when households change."
                ),
            },
            {
                "title": "The partner's service did not know about the child",
                "text": (
                    "The partner told his drug service he had no contact with children, and "
                    "this was accepted. He was in fact living much of the time with a "
                    "2-year-old. Services need to ask about children in a way that covers "
                    "partners, visits and caring roles, not just a client's own children. When "
                    "a client's address seems uncertain, it should prompt further questions."
                ),
            },
            {
                "title": "Signs at nursery were not recorded",
                "text": (
                    "Nursery staff twice noticed that the partner seemed drowsy when "
                    "collecting Child R. They spoke to Mother but did not record the concern "
                    "or discuss it with the safeguarding lead. Any sign that an adult caring "
                    "for a child may be under the influence of drugs or alcohol is a "
                    "safeguarding concern. It should be recorded and shared, even when an "
                    "explanation sounds reasonable."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "Drug and alcohol services should assess safe storage for every adult in a "
                    "household with children before take-home doses start and at every review, "
                    "and ask all clients about children they live with or see regularly, "
                    "including through a partner."
                ),
                "actions": [
                    {
                        "agency": "substance-misuse",
                        "description": (
                            "Immediately review storage arrangements for every client with "
                            "children in the household who receives take-home doses, including "
                            "other adults' medicines, and supply lockable boxes where needed."
                        ),
                        "due_in_days": -40,
                        "status": "completed",
                        "completed_days_ago": 50,
                        "impact": (
                            "All 186 clients with children and take-home doses were reviewed "
                            "within six weeks. Storage was unsafe or unclear in 23 households, "
                            "including 9 where another adult kept medicines. Lockable boxes "
                            "were supplied to all 23, and follow-up visits confirmed safe "
                            "storage in 21."
                        ),
                        "evidence": "Service review report, 2026",
                    },
                    {
                        "agency": "substance-misuse",
                        "description": (
                            "Revise assessment and review templates to ask about all children "
                            "the client lives with or has contact with, including through "
                            "partners, and about other adults' medicines."
                        ),
                        "due_in_days": 90,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
            {
                "text": (
                    "Drug and alcohol services should notify the health visitor or school "
                    "nurse, with the parent's knowledge, when a parent of young children "
                    "starts take-home doses, and provide naloxone and advice on the signs of "
                    "opioid poisoning in children."
                ),
                "actions": [
                    {
                        "agency": "health-visiting",
                        "description": (
                            "Agree a notification process with local drug services and add a "
                            "safe storage conversation to the next health visiting contact "
                            "after take-home doses begin."
                        ),
                        "due_in_days": 120,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                    {
                        "agency": "substance-misuse",
                        "description": (
                            "Offer naloxone and written advice on the signs of opioid "
                            "poisoning in children to every parent or carer with take-home "
                            "doses."
                        ),
                        "due_in_days": 60,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "Naloxone offer added to the take-home doses checklist",
                    },
                ],
            },
            {
                "text": (
                    "Early years settings should record and share concerns about any adult who "
                    "appears to be under the influence of drugs or alcohol while caring for a "
                    "child, even when an explanation is offered."
                ),
                "actions": [
                    {
                        "agency": "early-years",
                        "description": (
                            "Issue a briefing to all nurseries and childminders on recording "
                            "and sharing concerns about adults collecting children while under "
                            "the influence."
                        ),
                        "due_in_days": 75,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
        ],
        "status": "draft",
        "published_days_ago": None,
        "removed_days_ago": None,
        "private_names": ["Amelia Threlfall", "Stacey Threlfall", "Martin Oakshott"],
        "briefing": {
            "case_in_brief": (
                "Child R, aged 2, needed intensive care after drinking methadone kept in a "
                "drinks bottle in the fridge. The methadone belonged to Mother's partner, "
                "whose drug service in another area did not know he lived with a child. "
                "Mother's own service had checked her storage but did not ask about other "
                "adults. Nursery staff had seen the partner appear drowsy but did not record "
                "it. Child R has recovered."
            ),
            "key_learning": [
                "A tiny amount of methadone can stop a young child breathing.",
                "Check storage for every adult in the home, not only your client.",
                "Ask about children through partners, visits and caring roles.",
                "An adult who seems under the influence while caring for a child is a concern.",
            ],
            "what_has_changed": [
                (
                    "Every drug service client with children and take-home doses has had a "
                    "storage review."
                ),
                (
                    "Naloxone and advice on the signs of opioid poisoning are being offered to "
                    "parents."
                ),
            ],
            "reflective_questions": [
                "Who else lives in, or stays at, the homes of the families you work with?",
                "Would you know the signs of opioid poisoning in a toddler?",
                "What do you record when an adult collecting a child seems unwell or drowsy?",
            ],
        },
    },
    {
        "reference": "NEL-2025-03",
        "pseudonym": "Child S (15)",
        "title": "Child S: type 1 diabetes and a teenager left to manage alone",
        "review_type": "local",
        "harm": "death",
        "age_band": "15_to_17",
        "sex": "male",
        "incident_month": 11,
        "incident_year": 2025,
        "decision_days_ago": 328,
        "themes": [
            "neglect",
            "adolescents",
            "child-mental-health",
            "information-sharing",
            "escalation",
        ],
        "agencies": [
            "hospital",
            "general-practice",
            "school",
            "childrens-social-care",
            "early-help",
            "camhs",
            "ambulance",
        ],
        "reviewer_name": "Jonathan Reddaway",
        "summary": (
            "Child S was 15 when he died in hospital from diabetic ketoacidosis. This is a "
            "life-threatening problem that happens when a person with type 1 diabetes does not "
            "get enough insulin. He was diagnosed at 9. By 13 he was managing his diabetes "
            "mostly on his own. Over the next two years he missed most of his clinic "
            "appointments, often skipped insulin and was admitted to hospital twice. The "
            "hospital told children's social care it was worried about neglect. The referral "
            "was passed to early help, which did not look at his diabetes. This review asks "
            "how services can protect teenagers with long-term health conditions."
        ),
        "what_happened": (
            "Child S lived with his father and his younger sister, who was 11. His parents "
            "separated when he was 10, and his mother moved away. Father worked night shifts in "
            "a warehouse. Child S loved football and gaming and wanted to be a mechanic. His "
            "friends described him as loyal and funny.\n\n"
            "Child S was diagnosed with type 1 diabetes at the age of 9. He needed insulin "
            "injections and blood sugar checks every day. Until his parents separated, Mother "
            "did most of this. Father learned to help, but by 13 Child S was doing almost "
            "everything himself. The hospital's children's diabetes team encouraged this as part "
            "of growing up.\n\n"
            "When Child S was 13, the blood test that shows his average blood sugar began to "
            "rise. It stayed far above the safe range for the rest of his life. Over 18 months "
            "he was not brought to 5 of his 8 clinic appointments. Each time, the clinic wrote "
            "to the family and copied the letter to the GP practice, where it was filed. Each "
            "missed appointment was recorded as 'did not attend'.\n\n"
            "At 14, Child S was admitted to hospital with diabetic ketoacidosis. He told a nurse "
            "that he often skipped insulin at school because injecting made him feel different. "
            "He said he was 'sick of it'. He was referred to the diabetes team's psychologist, "
            "who had a six-month waiting list. His GP also referred him to child and adolescent "
            "mental health services (CAMHS) for low mood. CAMHS turned the referral down because "
            "the psychologist was expected to see him.\n\n"
            "Four months later Child S was admitted again. The consultant and the diabetes "
            "specialist nurse referred him to children's social care. They were worried that no "
            "adult was checking his insulin. Social care decided the threshold for an assessment "
            "was not met. Father was cooperating, and Child S was described as 'choosing' not to "
            "take his insulin. The case was passed to early help. The specialist nurse disagreed "
            "but did not challenge the decision.\n\n"
            "An early help worker visited four times. The plan focused on school attendance and "
            "morning routines. It did not mention diabetes, and the worker did not contact the "
            "diabetes team. The plan closed after three months.\n\n"
            "At school, Child S's healthcare plan had not been updated since he started "
            "secondary school. His attendance fell to 64%. The school wrote to Father about "
            "fines. In the same period, no repeat prescription for insulin was requested for 11 "
            "weeks. Nobody noticed.\n\n"
            "In November 2025 Child S was off school for four days. Father rang the school to "
            "say he had a stomach bug and was being sick. On the fifth morning Father found him "
            "very drowsy and called an ambulance. Child S died in hospital two days later. His "
            "family contributed to this review."
        ),
        "practice_issues": (
            "Child S's family loved him. Father worked hard to keep the family going and tried "
            "to help with the diabetes. But from the age of 13, no adult was making sure that "
            "Child S took the insulin he needed to stay alive.\n\n"
            "It is right that teenagers learn to manage their own health. But handing over "
            "care should be gradual, and adults stay responsible until the young person is "
            "ready. Child S was given this job too early, and no one checked whether he was "
            "coping. His test results showed for two years that he was not.\n\n"
            "Records often described Child S as 'non-compliant' or as 'choosing' not to take "
            "insulin. This language put the responsibility on a child. Missing insulin is "
            "dangerous. It can also be a sign of distress, low mood or worries about weight. "
            "Child S told a nurse he felt different and was 'sick of it'. He was asking for "
            "help. Instead, he waited for the psychologist, and child and adolescent mental "
            "health services (CAMHS) turned down the GP's referral. For months he had no "
            "emotional support at all.\n\n"
            "Missed appointments were treated as the family's choice. But children do not take "
            "themselves to hospital. A 'was not brought' approach asks what a missed "
            "appointment means for the child and who should act. Letters to the family and the "
            "GP did not lead to any action.\n\n"
            "The referral to children's social care was judged mainly on Father's cooperation. "
            "The real question was whether Child S's health needs were being met. They were "
            "not. Neglect includes failing to make sure a child gets essential medical care. "
            "The decision was made without speaking to the consultant. Early help was told "
            "little about the diabetes. The specialist nurse did not know how to challenge the "
            "decision. Hospital staff told the review they did not know the partnership's "
            "escalation procedure existed.\n\n"
            "Each agency held a piece of the picture. The school saw his attendance fall. The "
            "GP practice had the clinic letters and the gap in prescriptions. The hospital had "
            "the test results and two admissions. No one brought these pieces together.\n\n"
            "Finally, his school healthcare plan did not say that vomiting in a child with type "
            "1 diabetes needs urgent medical advice. Father had been told this when Child S was "
            "first diagnosed, but nobody had reminded him since."
        ),
        "what_needs_to_change": (
            "Teenagers with long-term conditions such as type 1 diabetes need adults to stay "
            "involved until they can manage safely. Clinics should agree with each young person "
            "and their family who does what, and check it at every visit.\n\n"
            "When a child misses health appointments, services should act, not just send "
            "letters. Clinics should use a 'was not brought' approach for everyone under 18. "
            "GP practices should be alerted when a child's life-saving medicine is not "
            "requested.\n\n"
            "Missing insulin should be seen as a sign that a young person may be struggling. "
            "They should get emotional support quickly, with no gap between the diabetes team "
            "and child and adolescent mental health services (CAMHS).\n\n"
            "When health professionals refer a child because of medical neglect, children's "
            "social care should talk to them before deciding what to do. Everyone should know "
            "how to challenge a decision they disagree with.\n\n"
            "Schools should review healthcare plans every year with the diabetes team. Each "
            "plan should say what to do when a pupil is off sick."
        ),
        "content_warning": True,
        "findings": [
            {
                "title": "Too much responsibility, too soon",
                "text": (
                    "From the age of 13, Child S managed his diabetes almost entirely on his "
                    "own. For two years his test results showed that he was not coping, but "
                    "the adults around him did not step back in. Handing over care to a "
                    "teenager should be gradual and checked at each clinic visit. Parents need "
                    "support and clear advice to stay involved, especially when they work long "
                    "or irregular hours."
                ),
            },
            {
                "title": "Missing insulin was seen as a choice",
                "text": (
                    "Records described Child S as 'non-compliant' and as 'choosing' not to "
                    "take insulin. He told a nurse he felt different and was 'sick of it'. "
                    "Missing insulin on purpose can be a sign of low mood, distress or an "
                    "eating difficulty, and it is a risk to life. Young people who do it need "
                    "prompt emotional support. Professionals need to use language that does "
                    "not blame the child."
                ),
            },
            {
                "title": "The neglect referral was judged on the parent's cooperation",
                "text": (
                    "The hospital told children's social care that no adult was making sure "
                    "Child S took his insulin. The decision not to assess rested on Father's "
                    "cooperation, not on whether Child S's health needs were met. Nobody spoke "
                    "to the consultant. The specialist nurse disagreed but did not know how to "
                    "escalate. Referrals about medical neglect need a conversation with the "
                    "referrer, and disagreements need a clear route."
                ),
            },
            {
                "title": "No one held the whole picture",
                "text": (
                    "The hospital knew about the high test results, the missed appointments "
                    "and two admissions. The GP practice received the clinic letters, and its "
                    "records showed an 11-week gap in insulin prescriptions. The school saw "
                    "falling attendance and had an out-of-date healthcare plan. Early help "
                    "worked on routines with little knowledge of the diabetes. Each agency held "
                    "one piece, and nobody asked the others what they knew."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "The hospital's children's clinics and GP practices should treat a missed "
                    "appointment or an unrequested prescription for a child with a long-term "
                    "condition as a possible sign of neglect. Clinics should use a 'was not "
                    "brought' approach for all children under 18, with a phone call rather "
                    "than a letter."
                ),
                "actions": [
                    {
                        "agency": "hospital",
                        "description": (
                            "Introduce a 'was not brought' policy in all children's clinics for "
                            "long-term conditions, with a phone call within five working days "
                            "of a missed appointment and a named nurse review after a second."
                        ),
                        "due_in_days": -60,
                        "status": "completed",
                        "completed_days_ago": 75,
                        "impact": (
                            "The policy started in June 2026. An audit of 64 missed "
                            "appointments found a phone call within five working days in 58 "
                            "(91%). A named nurse reviewed 14 children after a second missed "
                            "appointment. Three were referred to children's social care, and "
                            "all 14 have since been seen in clinic."
                        ),
                        "evidence": "Children's outpatient audit, 2026, 64 missed appointments",
                    },
                    {
                        "agency": "general-practice",
                        "description": (
                            "Set up an alert in GP practice systems when a child's repeat "
                            "prescription for insulin or another life-saving medicine has not "
                            "been requested for eight weeks."
                        ),
                        "due_in_days": 30,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "Alert live in 9 of 17 practices",
                    },
                ],
            },
            {
                "text": (
                    "Children's social care should issue guidance on medical neglect, including "
                    "the neglect of teenagers, and should speak to the referring clinician "
                    "before deciding what to do with any referral about a child's "
                    "life-threatening condition. Hospital staff should be trained in the "
                    "partnership's escalation procedure."
                ),
                "actions": [
                    {
                        "agency": "childrens-social-care",
                        "description": (
                            "Publish practice guidance on medical neglect for the front door "
                            "and early help, requiring a conversation with the referring "
                            "clinician before any decision on a health referral."
                        ),
                        "due_in_days": -15,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "Guidance drafted; consultation with health partners closed",
                    },
                    {
                        "agency": "hospital",
                        "description": (
                            "Train children's ward and clinic staff in the partnership's "
                            "escalation procedure, and display the hospital safeguarding "
                            "team's contact details in every children's clinic."
                        ),
                        "due_in_days": -40,
                        "status": "completed",
                        "completed_days_ago": 50,
                        "impact": (
                            "Training reached 142 nurses, doctors and clinic staff. Before "
                            "training, 31% said they knew how to escalate a disagreement with "
                            "children's social care; afterwards, 94% did. The hospital "
                            "safeguarding team logged 9 escalations from children's services "
                            "in the next three months, compared with 1 in the whole previous "
                            "year."
                        ),
                        "evidence": "Training evaluation and escalation log, 2026",
                    },
                ],
            },
            {
                "text": (
                    "Child and adolescent mental health services (CAMHS) and the children's "
                    "diabetes psychology service should agree a joint pathway, so that a young "
                    "person who misses insulin or shows signs of distress gets emotional "
                    "support within four weeks."
                ),
                "actions": [
                    {
                        "agency": "camhs",
                        "description": (
                            "Agree a joint referral pathway with the diabetes psychology "
                            "service, with a monthly joint meeting that allocates every "
                            "referral to one named service."
                        ),
                        "due_in_days": 90,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                    {
                        "agency": "hospital",
                        "description": (
                            "Add questions about missed insulin, mood and eating to every "
                            "annual diabetes review for young people aged 11 and over."
                        ),
                        "due_in_days": 45,
                        "status": "in_progress",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "Questions added to the template; staff briefings under way",
                    },
                ],
            },
            {
                "text": (
                    "Schools should review the healthcare plan of every pupil with type 1 "
                    "diabetes each year with the children's diabetes team. The plan should say "
                    "what to do when the pupil is off sick, and absence linked to health "
                    "should prompt a conversation with health professionals, not only "
                    "attendance letters."
                ),
                "actions": [
                    {
                        "agency": "school",
                        "description": (
                            "Ask every school to review healthcare plans for pupils with type 1 "
                            "diabetes each year with the diabetes specialist nurse, using a new "
                            "template that includes sick-day advice."
                        ),
                        "due_in_days": 120,
                        "status": "planned",
                        "completed_days_ago": None,
                        "impact": "",
                        "evidence": "",
                    },
                ],
            },
        ],
        "status": "blocked",
        "published_days_ago": None,
        "removed_days_ago": None,
        "private_names": ["Kieran Stothard", "Paul Stothard", "Lacey Stothard", "Dawn Fairclough"],
        "briefing": {
            "case_in_brief": (
                "Child S was 15 when he died from diabetic ketoacidosis, a complication of type 1 "
                "diabetes caused by too little insulin. From 13 he managed his diabetes mostly "
                "alone. He missed most clinic appointments, skipped insulin and was admitted to "
                "hospital twice. A hospital referral about neglect went to early help, which "
                "did not look at his diabetes. Mental health support never started. Nobody "
                "noticed that no insulin had been requested for 11 weeks."
            ),
            "key_learning": [
                "Teenagers with long-term conditions still need adults to check they are coping.",
                "Missing insulin is a risk to life and a sign of distress, not a lifestyle choice.",
                "Children are not brought to appointments: ask what a missed one means.",
                "Judge a neglect referral on the child's needs, not the parent's cooperation.",
                "Vomiting in a child with type 1 diabetes needs urgent medical advice.",
            ],
            "what_has_changed": [
                "Children's clinics phone families after a missed appointment.",
                "Hospital children's staff have been trained to escalate disagreements.",
            ],
            "reflective_questions": [
                "Who checks that the teenagers you work with are managing their health condition?",
                "What do you do when a child misses a health appointment?",
                "Have you ever described a child as 'choosing' something that put them at risk?",
                "Would you know how to challenge a decision about a child that you disagree with?",
            ],
        },
    },
    {
        # Published seven months ago, then withdrawn after a reporting restriction order: its
        # addresses answer 410 with a neutral notice; a QA approver may publish it again once
        # the order is discharged (publishing.demo creates the order and the withdrawal).
        "reference": "NEL-2025-04",
        "pseudonym": "Child T (8)",
        "title": "Child T: a school's worries that were never put together",
        "review_type": "local",
        "harm": "serious_harm",
        "age_band": "5_to_9",
        "sex": "female",
        "incident_month": 2,
        "incident_year": 2025,
        "decision_days_ago": 560,
        "themes": ["physical-abuse", "information-sharing", "professional-curiosity"],
        "agencies": ["school", "childrens-social-care", "police", "general-practice"],
        "reviewer_name": "Margaret Ellwood",
        "summary": (
            "Child T was 8 when she was seriously injured at home by her stepfather. In the "
            "year before, her school recorded eleven separate worries about her: bruises, "
            "tiredness and a fear of going home. Each was dealt with on its own. This review "
            "asks how small worries can be put together in time."
        ),
        "what_happened": (
            "Child T lived with her mother, her stepfather and a baby brother. She was a bright "
            "girl who loved drawing and animals.\n\n"
            "Over twelve months her teachers wrote down eleven worries. Four were about "
            "bruises, which she explained as falls. Others were about tiredness, hunger and "
            "saying she did not want to go home. Two worries were passed to children's social "
            "care, which gave advice to the school and closed each contact the same day.\n\n"
            "The police were called to the home once after a neighbour heard shouting. No "
            "check was made on the children's school. Child T was later admitted to hospital "
            "with a head injury."
        ),
        "practice_issues": (
            "The school's records were complete, but no one read them together. Each contact "
            "with children's social care was judged on its own, without the history. The "
            "police visit was not shared with the school or with health services."
        ),
        "what_needs_to_change": (
            "Schools need a simple way to see a pattern of small worries and to send the whole "
            "chronology with a referral. Children's social care should ask for that history "
            "before closing a contact. The police should tell schools when they attend a home "
            "where children live."
        ),
        "content_warning": True,
        "findings": [
            {
                "title": "Eleven worries, never read together",
                "text": (
                    "Each worry was written down and dealt with on its own. Read together, "
                    "they showed a child who was frightened at home."
                ),
            },
            {
                "title": "Contacts closed without the history",
                "text": (
                    "Children's social care gave advice on two contacts without asking what "
                    "the school had seen before."
                ),
            },
        ],
        "recommendations": [
            {
                "text": (
                    "Schools should review their safeguarding records for each child every "
                    "half term, and send the whole chronology with any referral."
                ),
                "actions": [
                    {
                        "agency": "school",
                        "description": (
                            "Add a half-termly review of safeguarding records to the school "
                            "safeguarding audit, and train designated leads to use it."
                        ),
                        "due_in_days": 60,
                        "status": "in_progress",
                    },
                ],
            },
            {
                "text": (
                    "The police should tell a child's school by the next school day when "
                    "they attend a home incident where children live."
                ),
                "actions": [
                    {
                        "agency": "police",
                        "description": (
                            "Extend the school notification scheme to every home incident "
                            "attended where children live, not only domestic abuse."
                        ),
                        "due_in_days": 120,
                        "status": "planned",
                    },
                ],
            },
        ],
        "status": "withdrawn",
        "published_days_ago": 210,
        "removed_days_ago": None,
        "private_names": ["Tilly Warburton", "Dean Hollis", "Kerry Warburton"],
    },
]
