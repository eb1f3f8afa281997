with

terms as (

    select * from {{ ref('dim_person_terms') }}
    where role = 'iq_prime_minister'

),

persons as (

    select * from {{ ref('dim_persons') }}

),

final as (

    select
        terms.person_term_id as pm_term_id,
        terms.person_id,
        terms.name_en as pm_name,
        persons.name_ar as pm_name_ar,
        terms.valid_from,
        terms.valid_to,
        terms.is_open as is_in_office,
        row_number() over (order by terms.valid_from) as term_number,
        coalesce(terms.valid_to, current_date) - terms.valid_from as days_in_office
    from terms
    left join persons
        on terms.person_id = persons.person_id

)

select * from final
