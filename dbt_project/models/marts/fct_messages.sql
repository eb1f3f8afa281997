with

messages as (

    select * from {{ ref('int_messages_deduplicated') }}

),

persons as (

    select * from {{ ref('int_fact_persons_resolved') }}
    where fact_type = 'message'

),

codes as (

    select * from {{ ref('int_facts_coded') }}
    where fact_type = 'message'

),

final as (

    select
        messages.message_id,
        messages.message_date,
        messages.pm_name,
        messages.from_country,
        messages.from_org,
        messages.from_person,
        messages.from_role,
        messages.carrier_role,
        messages.evidence,
        messages.evidence_doc_id,
        messages.source_doc_ids,
        messages.source_urls,
        messages.n_sources,
        messages.languages,
        messages.is_official,
        messages.first_published_at,
        messages.event_ids,
        messages.confidence,
        messages.rules_version,
        persons.pm_person_id,
        persons.pm_term_id,
        persons.person_id as from_person_id,
        persons.person_term_id as from_person_term_id,
        persons.resolved_by as from_resolved_by,
        codes.setting,
        codes.cameo_code,
        codes.cameo_source,
        codes.cameo_target,
        codes.plover_event,
        codes.plover_mode,
        messages.evidence_lang
    from messages
    left join persons
        on messages.message_id = persons.fact_id
    left join codes
        on messages.message_id = codes.fact_id

)

select * from final
