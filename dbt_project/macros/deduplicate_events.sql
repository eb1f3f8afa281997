{#-
    The one de-duplication rule of the fact models (doc block `fact_deduplication`):
    events of one type are grouped into facts by
        (date, party, <key expressions>, ordinal of the event among its document's events with that key),
    where an undated or party-less event is scoped to its document so it never merges across documents.
    Each fact keeps the list of its distinct documents (copies of one article are one document, see
    int_events_sourced) and takes each attribute from the best source that has a value:
    pmo before news, Arabic before English, earliest published, smallest event id.

    Arguments:
        event_type        'meeting' | 'invitation' | 'message'
        fact_id           name of the id column of the fact (e.g. 'meeting_id')
        fact_date         name of the date column of the fact (e.g. 'meeting_date')
        party_columns     columns whose first non-null value is the party (country code, then org code)
        key_expressions   further SQL expressions that must agree for two events to be one fact
        attribute_columns columns carried to the fact, each from the best source that has a value
-#}
{% macro deduplicate_events(event_type, fact_id, fact_date, party_columns, key_expressions, attribute_columns) %}

with

events as (

    select * from {{ ref('int_events_sourced') }}
    where event_type = '{{ event_type }}'

),

keyed as (

    select
        *,
        coalesce({{ party_columns | join(', ') }}) as party,
        {%- for expression in key_expressions %}
        {{ expression }} as merge_key_{{ loop.index }},
        {%- endfor %}
    from events

),

ordered as (

    select
        *,
        row_number() over (
            partition by
                doc_id,
                event_date,
                party,
                {%- for expression in key_expressions %}
                merge_key_{{ loop.index }}{{ "," if not loop.last }}
                {%- endfor %}
            order by evidence_start asc nulls last, event_id asc
        ) as ordinal_in_document
    from keyed

),

identified as (

    select
        *,
        left(md5(concat_ws(
            '|',
            '{{ event_type }}',
            coalesce(cast(event_date as varchar), 'undated:' || document_id),
            coalesce(party, 'no-party:' || document_id),
            {%- for expression in key_expressions %}
            coalesce(merge_key_{{ loop.index }}, ''),
            {%- endfor %}
            cast(ordinal_in_document as varchar)
        )), 16) as fact_id
    from ordered

),

ranked as (

    select
        *,
        row_number() over (
            partition by fact_id
            order by
                source_kind = 'pmo' desc nulls last,
                lang = 'ar' desc nulls last,
                published_at asc nulls last,
                event_id asc
        ) as source_rank
    from identified

),

fact_documents as (

    select
        fact_id,
        document_id,
        min(source_rank) as document_rank,
        any_value(url) as url,
        any_value(lang) as lang,
        any_value(source_kind) as source_kind,
        min(published_at) as published_at
    from ranked
    group by fact_id, document_id

),

sources_aggregated as (

    select
        fact_id,
        list(document_id order by document_rank) as source_doc_ids,
        list(url order by document_rank) as source_urls,
        count(*) as n_sources,
        list_sort(list_distinct(list(lang))) as languages,
        coalesce(bool_or(source_kind = 'pmo'), false) as is_official,
        min(published_at) as first_published_at
    from fact_documents
    group by fact_id

),

facts as (

    select
        fact_id,
        any_value(event_date) as fact_date,
        {%- for column in attribute_columns %}
        arg_min({{ column }}, source_rank) filter (where {{ column }} is not null) as {{ column }},
        {%- endfor %}
        arg_min(evidence_text, source_rank) as evidence,
        arg_min(lang, source_rank) as evidence_lang,
        arg_min(doc_id, source_rank) as evidence_doc_id,
        list(event_id order by source_rank) as event_ids,
        count(*) as n_events,
        max(confidence) as confidence,
        max(rules_version) as rules_version
    from ranked
    group by fact_id

),

final as (

    select
        facts.fact_id as {{ fact_id }},
        facts.fact_date as {{ fact_date }},
        {%- for column in attribute_columns %}
        facts.{{ column }},
        {%- endfor %}
        facts.evidence,
        facts.evidence_lang,
        facts.evidence_doc_id,
        sources_aggregated.source_doc_ids,
        sources_aggregated.source_urls,
        sources_aggregated.n_sources,
        sources_aggregated.languages,
        sources_aggregated.is_official,
        sources_aggregated.first_published_at,
        facts.event_ids,
        facts.n_events,
        facts.confidence,
        facts.rules_version
    from facts
    inner join sources_aggregated
        on facts.fact_id = sources_aggregated.fact_id

)

select * from final

{% endmacro %}
