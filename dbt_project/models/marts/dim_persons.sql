with

office_holders as (

    select * from {{ ref('office_holders') }}

),

person_names as (

    select * from {{ ref('person_names') }}

),

fullest_arabic_names as (

    -- the fullest Arabic form stands for the person (person_names has no canonical flag)
    select
        person_id,
        name as name_ar
    from person_names
    where lang = 'ar'
    qualify row_number() over (partition by person_id order by length(name) desc, name asc) = 1

),

names as (

    select
        person_id,
        list_sort(list(distinct name) filter (where lang = 'en')) as names_en,
        list_sort(list(distinct name) filter (where lang = 'ar')) as names_ar
    from person_names
    group by person_id

),

latest_terms as (

    select
        person_id,
        name_en,
        country,
        org,
        role,
        office
    from office_holders
    qualify row_number() over (partition by person_id order by valid_from desc, role asc) = 1

),

spans as (

    select
        person_id,
        count(*) as n_terms,
        min(valid_from) as first_valid_from,
        case when bool_or(valid_to is null) then null else max(valid_to) end as last_valid_to
    from office_holders
    group by person_id

),

final as (

    select
        latest_terms.person_id,
        latest_terms.name_en,
        fullest_arabic_names.name_ar,
        latest_terms.country,
        latest_terms.org,
        latest_terms.role as latest_role,
        latest_terms.office as latest_office,
        spans.n_terms,
        spans.first_valid_from,
        spans.last_valid_to,
        coalesce(names.names_en, [latest_terms.name_en]) as names_en,
        coalesce(names.names_ar, []) as names_ar,
        latest_terms.country = 'IQ' as is_iraqi,
        spans.last_valid_to is null as is_in_office
    from latest_terms
    inner join spans
        on latest_terms.person_id = spans.person_id
    left join names
        on latest_terms.person_id = names.person_id
    left join fullest_arabic_names
        on latest_terms.person_id = fullest_arabic_names.person_id

)

select * from final
