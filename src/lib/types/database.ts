
export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  
  "public": {
          Tables: {
            "administrations": {
                  Row: {
                    "actual_ml": number | null,"animal_id": string,"calculated_ml": number,"case_id": string,"given_at": string,"given_by": string,"id": string,"notes": string | null,"outcome": Database["public"]['Enums']["administration_outcome"],"prescription_id": string,"recorded_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "actual_ml"?: number | null,"animal_id": string,"calculated_ml": number,"case_id": string,"given_at": string,"given_by": string,"id"?: string,"notes"?: string | null,"outcome": Database["public"]['Enums']["administration_outcome"],"prescription_id": string,"recorded_at"?: string
                  }
                  Update: {
                    "actual_ml"?: number | null,"animal_id"?: string,"calculated_ml"?: number,"case_id"?: string,"given_at"?: string,"given_by"?: string,"id"?: string,"notes"?: string | null,"outcome"?: Database["public"]['Enums']["administration_outcome"],"prescription_id"?: string,"recorded_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "administrations_animal_id_case_id_fkey"
      columns: ["animal_id","case_id"]
isOneToOne: false
      referencedRelation: "animals"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "administrations_given_by_fkey"
      columns: ["given_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "administrations_prescription_id_case_id_fkey"
      columns: ["prescription_id","case_id"]
isOneToOne: false
      referencedRelation: "prescriptions"
      referencedColumns: ["id","case_id"]
    }
                  ]
                },"animals": {
                  Row: {
                    "age_class": Database["public"]['Enums']["age_class"],"case_id": string,"code": string,"created_at": string,"created_by": string,"distinctive_marks": string | null,"enclosure_id": string | null,"id": string,"lot_id": string,"microchip": string | null,"notes": string | null,"ring": string | null,"sex": Database["public"]['Enums']["animal_sex"],"species_id": string,"status": Database["public"]['Enums']["animal_status"],"tag": string | null,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "age_class"?: Database["public"]['Enums']["age_class"],"case_id": string,"code": string,"created_at"?: string,"created_by"?: string,"distinctive_marks"?: string | null,"enclosure_id"?: string | null,"id"?: string,"lot_id": string,"microchip"?: string | null,"notes"?: string | null,"ring"?: string | null,"sex"?: Database["public"]['Enums']["animal_sex"],"species_id": string,"status"?: Database["public"]['Enums']["animal_status"],"tag"?: string | null,"updated_at"?: string
                  }
                  Update: {
                    "age_class"?: Database["public"]['Enums']["age_class"],"case_id"?: string,"code"?: string,"created_at"?: string,"created_by"?: string,"distinctive_marks"?: string | null,"enclosure_id"?: string | null,"id"?: string,"lot_id"?: string,"microchip"?: string | null,"notes"?: string | null,"ring"?: string | null,"sex"?: Database["public"]['Enums']["animal_sex"],"species_id"?: string,"status"?: Database["public"]['Enums']["animal_status"],"tag"?: string | null,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "animals_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "animals_enclosure_id_fkey"
      columns: ["enclosure_id"]
isOneToOne: false
      referencedRelation: "enclosure_occupancy"
      referencedColumns: ["enclosure_id"]
    },{
      foreignKeyName: "animals_enclosure_id_fkey"
      columns: ["enclosure_id"]
isOneToOne: false
      referencedRelation: "enclosures"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "animals_lot_id_case_id_fkey"
      columns: ["lot_id","case_id"]
isOneToOne: false
      referencedRelation: "lots"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "animals_species_id_fkey"
      columns: ["species_id"]
isOneToOne: false
      referencedRelation: "species"
      referencedColumns: ["id"]
    }
                  ]
                },"audit_log": {
                  Row: {
                    "action": string,"actor": string | null,"at": string,"db_role": string,"id": number,"new_values": Json | null,"old_values": Json | null,"row_key": string,"table_name": string,"transaction_id": number
                  }
                  ComputedFields: never
                  Insert: {
                    "action": string,"actor"?: string | null,"at"?: string,"db_role": string,"id"?: never,"new_values"?: Json | null,"old_values"?: Json | null,"row_key": string,"table_name": string,"transaction_id"?: number
                  }
                  Update: {
                    "action"?: string,"actor"?: string | null,"at"?: string,"db_role"?: string,"id"?: never,"new_values"?: Json | null,"old_values"?: Json | null,"row_key"?: string,"table_name"?: string,"transaction_id"?: number
                  }
                  Relationships: [
                    
                  ]
                },"case_grants": {
                  Row: {
                    "case_id": string,"granted_at": string,"granted_by": string,"include_offender": boolean,"include_veterinary": boolean,"prosecutor_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "case_id": string,"granted_at"?: string,"granted_by"?: string,"include_offender"?: boolean,"include_veterinary"?: boolean,"prosecutor_id": string
                  }
                  Update: {
                    "case_id"?: string,"granted_at"?: string,"granted_by"?: string,"include_offender"?: boolean,"include_veterinary"?: boolean,"prosecutor_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "case_grants_case_id_fkey"
      columns: ["case_id"]
isOneToOne: false
      referencedRelation: "seizure_cases"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "case_grants_granted_by_fkey"
      columns: ["granted_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "case_grants_prosecutor_id_fkey"
      columns: ["prosecutor_id"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    }
                  ]
                },"case_parties": {
                  Row: {
                    "case_id": string,"informant_details": string | null,"offender_details": string | null,"recorded_at": string,"recorded_by": string
                  }
                  ComputedFields: never
                  Insert: {
                    "case_id": string,"informant_details"?: string | null,"offender_details"?: string | null,"recorded_at"?: string,"recorded_by"?: string
                  }
                  Update: {
                    "case_id"?: string,"informant_details"?: string | null,"offender_details"?: string | null,"recorded_at"?: string,"recorded_by"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "case_parties_case_id_fkey"
      columns: ["case_id"]
isOneToOne: true
      referencedRelation: "seizure_cases"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "case_parties_recorded_by_fkey"
      columns: ["recorded_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    }
                  ]
                },"centres": {
                  Row: {
                    "code": string,"country": string,"created_at": string,"id": string,"name": string,"name_km": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "code": string,"country"?: string,"created_at"?: string,"id"?: string,"name": string,"name_km"?: string | null
                  }
                  Update: {
                    "code"?: string,"country"?: string,"created_at"?: string,"id"?: string,"name"?: string,"name_km"?: string | null
                  }
                  Relationships: [
                    
                  ]
                },"custody_events": {
                  Row: {
                    "animal_id": string | null,"case_id": string,"correction_reason": string | null,"corrects_event_id": string | null,"event_type": Database["public"]['Enums']["custody_event_type"],"from_agency": string | null,"from_id_number": string | null,"from_name": string | null,"head_count": number | null,"id": string,"item_id": string | null,"lot_id": string | null,"notes": string | null,"occurred_at": string,"photo_ids": (string)[],"photo_sha256": (string)[],"place": string,"position": number,"prev_hash": string,"purpose": string | null,"recorded_at": string,"recorded_by": string,"row_hash": string,"seals_applied": (string)[],"seals_broken": (string)[],"subject": Database["public"]['Enums']["custody_subject"],"to_agency": string,"to_id_number": string | null,"to_name": string,"custody_event_canonical": string | null,"disposition_head_count": number | null
                  }
                  ComputedFields: "custody_event_canonical" | "disposition_head_count"
                  Insert: {
                    "animal_id"?: string | null,"case_id": string,"correction_reason"?: string | null,"corrects_event_id"?: string | null,"event_type": Database["public"]['Enums']["custody_event_type"],"from_agency"?: string | null,"from_id_number"?: string | null,"from_name"?: string | null,"head_count"?: number | null,"id"?: string,"item_id"?: string | null,"lot_id"?: string | null,"notes"?: string | null,"occurred_at": string,"photo_ids"?: (string)[],"photo_sha256"?: (string)[],"place": string,"position": number,"prev_hash": string,"purpose"?: string | null,"recorded_at"?: string,"recorded_by"?: string,"row_hash": string,"seals_applied"?: (string)[],"seals_broken"?: (string)[],"subject": Database["public"]['Enums']["custody_subject"],"to_agency": string,"to_id_number"?: string | null,"to_name": string
                  }
                  Update: {
                    "animal_id"?: string | null,"case_id"?: string,"correction_reason"?: string | null,"corrects_event_id"?: string | null,"event_type"?: Database["public"]['Enums']["custody_event_type"],"from_agency"?: string | null,"from_id_number"?: string | null,"from_name"?: string | null,"head_count"?: number | null,"id"?: string,"item_id"?: string | null,"lot_id"?: string | null,"notes"?: string | null,"occurred_at"?: string,"photo_ids"?: (string)[],"photo_sha256"?: (string)[],"place"?: string,"position"?: number,"prev_hash"?: string,"purpose"?: string | null,"recorded_at"?: string,"recorded_by"?: string,"row_hash"?: string,"seals_applied"?: (string)[],"seals_broken"?: (string)[],"subject"?: Database["public"]['Enums']["custody_subject"],"to_agency"?: string,"to_id_number"?: string | null,"to_name"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "custody_events_animal_id_case_id_fkey"
      columns: ["animal_id","case_id"]
isOneToOne: false
      referencedRelation: "animals"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "custody_events_case_id_fkey"
      columns: ["case_id"]
isOneToOne: false
      referencedRelation: "seizure_cases"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "custody_events_corrects_event_id_case_id_fkey"
      columns: ["corrects_event_id","case_id"]
isOneToOne: false
      referencedRelation: "custody_events"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "custody_events_item_id_case_id_fkey"
      columns: ["item_id","case_id"]
isOneToOne: false
      referencedRelation: "evidence_items"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "custody_events_lot_id_case_id_fkey"
      columns: ["lot_id","case_id"]
isOneToOne: false
      referencedRelation: "lots"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "custody_events_recorded_by_fkey"
      columns: ["recorded_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    }
                  ]
                },"diet_plans": {
                  Row: {
                    "animal_id": string | null,"case_id": string | null,"centre_id": string,"created_at": string,"created_by": string,"enclosure_id": string | null,"end_reason": string | null,"ended_at": string | null,"every_n_days": number,"feeding_times": (string)[],"id": string,"items": NonNullable<Json>,"lot_id": string | null,"notes": string | null,"replaces_id": string | null,"starts_on": string
                  }
                  ComputedFields: never
                  Insert: {
                    "animal_id"?: string | null,"case_id"?: string | null,"centre_id": string,"created_at"?: string,"created_by"?: string,"enclosure_id"?: string | null,"end_reason"?: string | null,"ended_at"?: string | null,"every_n_days"?: number,"feeding_times": (string)[],"id"?: string,"items": NonNullable<Json>,"lot_id"?: string | null,"notes"?: string | null,"replaces_id"?: string | null,"starts_on"?: string
                  }
                  Update: {
                    "animal_id"?: string | null,"case_id"?: string | null,"centre_id"?: string,"created_at"?: string,"created_by"?: string,"enclosure_id"?: string | null,"end_reason"?: string | null,"ended_at"?: string | null,"every_n_days"?: number,"feeding_times"?: (string)[],"id"?: string,"items"?: NonNullable<Json>,"lot_id"?: string | null,"notes"?: string | null,"replaces_id"?: string | null,"starts_on"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "diet_plans_animal_id_fkey"
      columns: ["animal_id"]
isOneToOne: false
      referencedRelation: "animals"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "diet_plans_case_id_fkey"
      columns: ["case_id"]
isOneToOne: false
      referencedRelation: "seizure_cases"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "diet_plans_centre_id_fkey"
      columns: ["centre_id"]
isOneToOne: false
      referencedRelation: "centres"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "diet_plans_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "diet_plans_enclosure_id_fkey"
      columns: ["enclosure_id"]
isOneToOne: false
      referencedRelation: "enclosure_occupancy"
      referencedColumns: ["enclosure_id"]
    },{
      foreignKeyName: "diet_plans_enclosure_id_fkey"
      columns: ["enclosure_id"]
isOneToOne: false
      referencedRelation: "enclosures"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "diet_plans_lot_id_fkey"
      columns: ["lot_id"]
isOneToOne: false
      referencedRelation: "lots"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "diet_plans_replaces_id_fkey"
      columns: ["replaces_id"]
isOneToOne: true
      referencedRelation: "diet_plans"
      referencedColumns: ["id"]
    }
                  ]
                },"dispositions": {
                  Row: {
                    "animal_id": string | null,"authorised_by": string | null,"case_id": string,"cause": string | null,"client_key": string | null,"custody_event_id": string,"found_dead": boolean | null,"head_count": number | null,"hold_consent_reference": string | null,"id": string,"item_id": string | null,"kind": Database["public"]['Enums']["disposition_kind"],"lot_id": string | null,"method": string | null,"notes": string | null,"occurred_at": string,"permit_number": string | null,"place": string,"reason": string | null,"received_by_id_number": string | null,"received_by_name": string | null,"receiving_organisation": string | null,"recorded_at": string,"recorded_by": string,"release_event_id": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "animal_id"?: string | null,"authorised_by"?: string | null,"case_id": string,"cause"?: string | null,"client_key"?: string | null,"custody_event_id": string,"found_dead"?: boolean | null,"head_count"?: number | null,"hold_consent_reference"?: string | null,"id"?: string,"item_id"?: string | null,"kind": Database["public"]['Enums']["disposition_kind"],"lot_id"?: string | null,"method"?: string | null,"notes"?: string | null,"occurred_at": string,"permit_number"?: string | null,"place": string,"reason"?: string | null,"received_by_id_number"?: string | null,"received_by_name"?: string | null,"receiving_organisation"?: string | null,"recorded_at"?: string,"recorded_by"?: string,"release_event_id"?: string | null
                  }
                  Update: {
                    "animal_id"?: string | null,"authorised_by"?: string | null,"case_id"?: string,"cause"?: string | null,"client_key"?: string | null,"custody_event_id"?: string,"found_dead"?: boolean | null,"head_count"?: number | null,"hold_consent_reference"?: string | null,"id"?: string,"item_id"?: string | null,"kind"?: Database["public"]['Enums']["disposition_kind"],"lot_id"?: string | null,"method"?: string | null,"notes"?: string | null,"occurred_at"?: string,"permit_number"?: string | null,"place"?: string,"reason"?: string | null,"received_by_id_number"?: string | null,"received_by_name"?: string | null,"receiving_organisation"?: string | null,"recorded_at"?: string,"recorded_by"?: string,"release_event_id"?: string | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "dispositions_animal_id_case_id_fkey"
      columns: ["animal_id","case_id"]
isOneToOne: false
      referencedRelation: "animals"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "dispositions_authorised_by_fkey"
      columns: ["authorised_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "dispositions_case_id_fkey"
      columns: ["case_id"]
isOneToOne: false
      referencedRelation: "seizure_cases"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "dispositions_custody_event_id_case_id_fkey"
      columns: ["custody_event_id","case_id"]
isOneToOne: false
      referencedRelation: "custody_events"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "dispositions_item_id_case_id_fkey"
      columns: ["item_id","case_id"]
isOneToOne: false
      referencedRelation: "evidence_items"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "dispositions_lot_id_case_id_fkey"
      columns: ["lot_id","case_id"]
isOneToOne: false
      referencedRelation: "lots"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "dispositions_recorded_by_fkey"
      columns: ["recorded_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "dispositions_release_event_fk"
      columns: ["release_event_id"]
isOneToOne: false
      referencedRelation: "release_events"
      referencedColumns: ["id"]
    }
                  ]
                },"drug_dose_ranges": {
                  Row: {
                    "created_at": string,"created_by": string,"drug_id": string,"max_mg_per_kg": number,"min_mg_per_kg": number,"source": string,"taxon_class": Database["public"]['Enums']["taxon_class"]
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"created_by"?: string,"drug_id": string,"max_mg_per_kg": number,"min_mg_per_kg": number,"source": string,"taxon_class": Database["public"]['Enums']["taxon_class"]
                  }
                  Update: {
                    "created_at"?: string,"created_by"?: string,"drug_id"?: string,"max_mg_per_kg"?: number,"min_mg_per_kg"?: number,"source"?: string,"taxon_class"?: Database["public"]['Enums']["taxon_class"]
                  }
                  Relationships: [
                    {
      foreignKeyName: "drug_dose_ranges_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "drug_dose_ranges_drug_id_fkey"
      columns: ["drug_id"]
isOneToOne: false
      referencedRelation: "drugs"
      referencedColumns: ["id"]
    }
                  ]
                },"drugs": {
                  Row: {
                    "concentration_mg_per_ml": number,"created_at": string,"created_by": string,"form": string | null,"id": string,"name": string,"notes": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "concentration_mg_per_ml": number,"created_at"?: string,"created_by"?: string,"form"?: string | null,"id"?: string,"name": string,"notes"?: string | null
                  }
                  Update: {
                    "concentration_mg_per_ml"?: number,"created_at"?: string,"created_by"?: string,"form"?: string | null,"id"?: string,"name"?: string,"notes"?: string | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "drugs_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    }
                  ]
                },"enclosure_moves": {
                  Row: {
                    "animal_id": string | null,"case_id": string,"custody_event_id": string,"from_enclosure_id": string | null,"head_count": number,"id": string,"lot_id": string | null,"moved_at": string,"moved_by": string,"override_reason": string | null,"overrides": (string)[],"recorded_at": string,"to_enclosure_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "animal_id"?: string | null,"case_id": string,"custody_event_id": string,"from_enclosure_id"?: string | null,"head_count": number,"id"?: string,"lot_id"?: string | null,"moved_at": string,"moved_by": string,"override_reason"?: string | null,"overrides"?: (string)[],"recorded_at"?: string,"to_enclosure_id": string
                  }
                  Update: {
                    "animal_id"?: string | null,"case_id"?: string,"custody_event_id"?: string,"from_enclosure_id"?: string | null,"head_count"?: number,"id"?: string,"lot_id"?: string | null,"moved_at"?: string,"moved_by"?: string,"override_reason"?: string | null,"overrides"?: (string)[],"recorded_at"?: string,"to_enclosure_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "enclosure_moves_animal_id_case_id_fkey"
      columns: ["animal_id","case_id"]
isOneToOne: false
      referencedRelation: "animals"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "enclosure_moves_custody_event_id_fkey"
      columns: ["custody_event_id"]
isOneToOne: true
      referencedRelation: "custody_events"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "enclosure_moves_from_enclosure_id_fkey"
      columns: ["from_enclosure_id"]
isOneToOne: false
      referencedRelation: "enclosure_occupancy"
      referencedColumns: ["enclosure_id"]
    },{
      foreignKeyName: "enclosure_moves_from_enclosure_id_fkey"
      columns: ["from_enclosure_id"]
isOneToOne: false
      referencedRelation: "enclosures"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "enclosure_moves_lot_id_case_id_fkey"
      columns: ["lot_id","case_id"]
isOneToOne: false
      referencedRelation: "lots"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "enclosure_moves_moved_by_fkey"
      columns: ["moved_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "enclosure_moves_to_enclosure_id_fkey"
      columns: ["to_enclosure_id"]
isOneToOne: false
      referencedRelation: "enclosure_occupancy"
      referencedColumns: ["enclosure_id"]
    },{
      foreignKeyName: "enclosure_moves_to_enclosure_id_fkey"
      columns: ["to_enclosure_id"]
isOneToOne: false
      referencedRelation: "enclosures"
      referencedColumns: ["id"]
    }
                  ]
                },"enclosures": {
                  Row: {
                    "active": boolean,"capacity": number | null,"centre_id": string,"created_at": string,"created_by": string,"enclosure_type": Database["public"]['Enums']["enclosure_type"] | null,"id": string,"is_quarantine": boolean,"kind": Database["public"]['Enums']["enclosure_kind"],"name": string,"notes": string | null,"parent_id": string | null,"suits_classes": (Database["public"]['Enums']["taxon_class"])[]
                  }
                  ComputedFields: never
                  Insert: {
                    "active"?: boolean,"capacity"?: number | null,"centre_id"?: string,"created_at"?: string,"created_by"?: string,"enclosure_type"?: Database["public"]['Enums']["enclosure_type"] | null,"id"?: string,"is_quarantine"?: boolean,"kind": Database["public"]['Enums']["enclosure_kind"],"name": string,"notes"?: string | null,"parent_id"?: string | null,"suits_classes"?: (Database["public"]['Enums']["taxon_class"])[]
                  }
                  Update: {
                    "active"?: boolean,"capacity"?: number | null,"centre_id"?: string,"created_at"?: string,"created_by"?: string,"enclosure_type"?: Database["public"]['Enums']["enclosure_type"] | null,"id"?: string,"is_quarantine"?: boolean,"kind"?: Database["public"]['Enums']["enclosure_kind"],"name"?: string,"notes"?: string | null,"parent_id"?: string | null,"suits_classes"?: (Database["public"]['Enums']["taxon_class"])[]
                  }
                  Relationships: [
                    {
      foreignKeyName: "enclosures_centre_id_fkey"
      columns: ["centre_id"]
isOneToOne: false
      referencedRelation: "centres"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "enclosures_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "enclosures_parent_id_centre_id_fkey"
      columns: ["parent_id","centre_id"]
isOneToOne: false
      referencedRelation: "enclosures"
      referencedColumns: ["id","centre_id"]
    }
                  ]
                },"evidence_documents": {
                  Row: {
                    "byte_size": number,"case_id": string,"chain_events": number,"chain_head": string,"content": NonNullable<Json>,"content_hash": string,"generated_at": string,"generated_by": string,"id": string,"include_offender": boolean,"include_veterinary": boolean,"language": string,"pdf_sha256": string,"request_id": string | null,"storage_path": string,"subject": Database["public"]['Enums']["custody_subject"],"subject_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "byte_size": number,"case_id": string,"chain_events": number,"chain_head": string,"content": NonNullable<Json>,"content_hash": string,"generated_at": string,"generated_by": string,"id": string,"include_offender": boolean,"include_veterinary": boolean,"language": string,"pdf_sha256": string,"request_id"?: string | null,"storage_path": string,"subject": Database["public"]['Enums']["custody_subject"],"subject_id": string
                  }
                  Update: {
                    "byte_size"?: number,"case_id"?: string,"chain_events"?: number,"chain_head"?: string,"content"?: NonNullable<Json>,"content_hash"?: string,"generated_at"?: string,"generated_by"?: string,"id"?: string,"include_offender"?: boolean,"include_veterinary"?: boolean,"language"?: string,"pdf_sha256"?: string,"request_id"?: string | null,"storage_path"?: string,"subject"?: Database["public"]['Enums']["custody_subject"],"subject_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "evidence_documents_case_id_fkey"
      columns: ["case_id"]
isOneToOne: false
      referencedRelation: "seizure_cases"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "evidence_documents_generated_by_fkey"
      columns: ["generated_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "evidence_documents_request_id_fkey"
      columns: ["request_id"]
isOneToOne: true
      referencedRelation: "evidence_requests"
      referencedColumns: ["id"]
    }
                  ]
                },"evidence_holds": {
                  Row: {
                    "case_id": string,"court_reference": string | null,"id": string,"lift_court_reference": string | null,"lift_notes": string | null,"lifted_at": string | null,"lifted_by": string | null,"placed_at": string,"placed_by": string,"reason": string
                  }
                  ComputedFields: never
                  Insert: {
                    "case_id": string,"court_reference"?: string | null,"id"?: string,"lift_court_reference"?: string | null,"lift_notes"?: string | null,"lifted_at"?: string | null,"lifted_by"?: string | null,"placed_at"?: string,"placed_by"?: string,"reason": string
                  }
                  Update: {
                    "case_id"?: string,"court_reference"?: string | null,"id"?: string,"lift_court_reference"?: string | null,"lift_notes"?: string | null,"lifted_at"?: string | null,"lifted_by"?: string | null,"placed_at"?: string,"placed_by"?: string,"reason"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "evidence_holds_case_id_fkey"
      columns: ["case_id"]
isOneToOne: false
      referencedRelation: "seizure_cases"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "evidence_holds_lifted_by_fkey"
      columns: ["lifted_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "evidence_holds_placed_by_fkey"
      columns: ["placed_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    }
                  ]
                },"evidence_items": {
                  Row: {
                    "case_id": string,"created_at": string,"created_by": string,"description": string,"id": string,"intake_position": number | null,"notes": string | null,"quantity": number,"seal_numbers": (string)[],"species_id": string | null,"status": Database["public"]['Enums']["item_status"],"storage_location": string | null,"unit": Database["public"]['Enums']["quantity_unit"]
                  }
                  ComputedFields: never
                  Insert: {
                    "case_id": string,"created_at"?: string,"created_by"?: string,"description": string,"id"?: string,"intake_position"?: number | null,"notes"?: string | null,"quantity": number,"seal_numbers"?: (string)[],"species_id"?: string | null,"status"?: Database["public"]['Enums']["item_status"],"storage_location"?: string | null,"unit": Database["public"]['Enums']["quantity_unit"]
                  }
                  Update: {
                    "case_id"?: string,"created_at"?: string,"created_by"?: string,"description"?: string,"id"?: string,"intake_position"?: number | null,"notes"?: string | null,"quantity"?: number,"seal_numbers"?: (string)[],"species_id"?: string | null,"status"?: Database["public"]['Enums']["item_status"],"storage_location"?: string | null,"unit"?: Database["public"]['Enums']["quantity_unit"]
                  }
                  Relationships: [
                    {
      foreignKeyName: "evidence_items_case_id_fkey"
      columns: ["case_id"]
isOneToOne: false
      referencedRelation: "seizure_cases"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "evidence_items_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "evidence_items_species_id_fkey"
      columns: ["species_id"]
isOneToOne: false
      referencedRelation: "species"
      referencedColumns: ["id"]
    }
                  ]
                },"evidence_requests": {
                  Row: {
                    "animal_id": string | null,"case_id": string,"court_case_number": string | null,"decided_at": string | null,"decided_by": string | null,"decline_reason": string | null,"id": string,"item_id": string | null,"language": string,"lot_id": string | null,"needed_by": string | null,"prosecutor_id": string,"purpose": string,"requested_at": string,"status": Database["public"]['Enums']["evidence_request_status"],"subject": Database["public"]['Enums']["custody_subject"]
                  }
                  ComputedFields: never
                  Insert: {
                    "animal_id"?: string | null,"case_id": string,"court_case_number"?: string | null,"decided_at"?: string | null,"decided_by"?: string | null,"decline_reason"?: string | null,"id"?: string,"item_id"?: string | null,"language"?: string,"lot_id"?: string | null,"needed_by"?: string | null,"prosecutor_id"?: string,"purpose": string,"requested_at"?: string,"status"?: Database["public"]['Enums']["evidence_request_status"],"subject"?: Database["public"]['Enums']["custody_subject"]
                  }
                  Update: {
                    "animal_id"?: string | null,"case_id"?: string,"court_case_number"?: string | null,"decided_at"?: string | null,"decided_by"?: string | null,"decline_reason"?: string | null,"id"?: string,"item_id"?: string | null,"language"?: string,"lot_id"?: string | null,"needed_by"?: string | null,"prosecutor_id"?: string,"purpose"?: string,"requested_at"?: string,"status"?: Database["public"]['Enums']["evidence_request_status"],"subject"?: Database["public"]['Enums']["custody_subject"]
                  }
                  Relationships: [
                    {
      foreignKeyName: "evidence_requests_animal_id_case_id_fkey"
      columns: ["animal_id","case_id"]
isOneToOne: false
      referencedRelation: "animals"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "evidence_requests_case_id_fkey"
      columns: ["case_id"]
isOneToOne: false
      referencedRelation: "seizure_cases"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "evidence_requests_decided_by_fkey"
      columns: ["decided_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "evidence_requests_item_id_case_id_fkey"
      columns: ["item_id","case_id"]
isOneToOne: false
      referencedRelation: "evidence_items"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "evidence_requests_lot_id_case_id_fkey"
      columns: ["lot_id","case_id"]
isOneToOne: false
      referencedRelation: "lots"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "evidence_requests_prosecutor_id_fkey"
      columns: ["prosecutor_id"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    }
                  ]
                },"exams": {
                  Row: {
                    "animal_id": string,"assessment": string | null,"body_condition_score": number | null,"case_id": string,"examined_at": string,"examined_by": string,"findings": NonNullable<Json>,"id": string,"plan": string | null,"recorded_at": string,"temperature_c": number | null,"weight_confirmed": boolean,"weight_g": number | null
                  }
                  ComputedFields: never
                  Insert: {
                    "animal_id": string,"assessment"?: string | null,"body_condition_score"?: number | null,"case_id": string,"examined_at": string,"examined_by": string,"findings"?: NonNullable<Json>,"id"?: string,"plan"?: string | null,"recorded_at"?: string,"temperature_c"?: number | null,"weight_confirmed"?: boolean,"weight_g"?: number | null
                  }
                  Update: {
                    "animal_id"?: string,"assessment"?: string | null,"body_condition_score"?: number | null,"case_id"?: string,"examined_at"?: string,"examined_by"?: string,"findings"?: NonNullable<Json>,"id"?: string,"plan"?: string | null,"recorded_at"?: string,"temperature_c"?: number | null,"weight_confirmed"?: boolean,"weight_g"?: number | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "exams_animal_id_case_id_fkey"
      columns: ["animal_id","case_id"]
isOneToOne: false
      referencedRelation: "animals"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "exams_examined_by_fkey"
      columns: ["examined_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    }
                  ]
                },"feeding_alert_reviews": {
                  Row: {
                    "centre_id": string,"feeding_log_id": number,"note": string | null,"reviewed_at": string,"reviewed_by": string
                  }
                  ComputedFields: never
                  Insert: {
                    "centre_id": string,"feeding_log_id": number,"note"?: string | null,"reviewed_at"?: string,"reviewed_by"?: string
                  }
                  Update: {
                    "centre_id"?: string,"feeding_log_id"?: number,"note"?: string | null,"reviewed_at"?: string,"reviewed_by"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "feeding_alert_reviews_centre_id_fkey"
      columns: ["centre_id"]
isOneToOne: false
      referencedRelation: "centres"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "feeding_alert_reviews_feeding_log_id_fkey"
      columns: ["feeding_log_id"]
isOneToOne: true
      referencedRelation: "feeding_logs"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "feeding_alert_reviews_reviewed_by_fkey"
      columns: ["reviewed_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    }
                  ]
                },"feeding_logs": {
                  Row: {
                    "alert_vets": boolean,"animal_id": string | null,"behaviour": string | null,"case_id": string | null,"centre_id": string,"client_key": string,"concerns": string | null,"diet_plan_id": string,"enclosure_id": string | null,"enrichment": string | null,"fed_on": string,"id": number,"logged_at": string,"logged_by": string,"lot_id": string | null,"outcome": Database["public"]['Enums']["feeding_outcome"],"slot": number,"stool": Database["public"]['Enums']["stool_observation"] | null
                  }
                  ComputedFields: never
                  Insert: {
                    "alert_vets"?: boolean,"animal_id"?: string | null,"behaviour"?: string | null,"case_id"?: string | null,"centre_id": string,"client_key": string,"concerns"?: string | null,"diet_plan_id": string,"enclosure_id"?: string | null,"enrichment"?: string | null,"fed_on": string,"id"?: never,"logged_at"?: string,"logged_by": string,"lot_id"?: string | null,"outcome": Database["public"]['Enums']["feeding_outcome"],"slot": number,"stool"?: Database["public"]['Enums']["stool_observation"] | null
                  }
                  Update: {
                    "alert_vets"?: boolean,"animal_id"?: string | null,"behaviour"?: string | null,"case_id"?: string | null,"centre_id"?: string,"client_key"?: string,"concerns"?: string | null,"diet_plan_id"?: string,"enclosure_id"?: string | null,"enrichment"?: string | null,"fed_on"?: string,"id"?: never,"logged_at"?: string,"logged_by"?: string,"lot_id"?: string | null,"outcome"?: Database["public"]['Enums']["feeding_outcome"],"slot"?: number,"stool"?: Database["public"]['Enums']["stool_observation"] | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "feeding_logs_animal_id_fkey"
      columns: ["animal_id"]
isOneToOne: false
      referencedRelation: "animals"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "feeding_logs_case_id_fkey"
      columns: ["case_id"]
isOneToOne: false
      referencedRelation: "seizure_cases"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "feeding_logs_centre_id_fkey"
      columns: ["centre_id"]
isOneToOne: false
      referencedRelation: "centres"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "feeding_logs_diet_plan_id_fkey"
      columns: ["diet_plan_id"]
isOneToOne: false
      referencedRelation: "diet_plans"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "feeding_logs_enclosure_id_fkey"
      columns: ["enclosure_id"]
isOneToOne: false
      referencedRelation: "enclosure_occupancy"
      referencedColumns: ["enclosure_id"]
    },{
      foreignKeyName: "feeding_logs_enclosure_id_fkey"
      columns: ["enclosure_id"]
isOneToOne: false
      referencedRelation: "enclosures"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "feeding_logs_logged_by_fkey"
      columns: ["logged_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "feeding_logs_lot_id_fkey"
      columns: ["lot_id"]
isOneToOne: false
      referencedRelation: "lots"
      referencedColumns: ["id"]
    }
                  ]
                },"lab_results": {
                  Row: {
                    "animal_id": string | null,"case_id": string,"collected_at": string,"correction_reason": string | null,"corrects_id": string | null,"flag": Database["public"]['Enums']["lab_flag"] | null,"id": string,"laboratory": string | null,"lot_id": string | null,"necropsy_id": string | null,"notes": string | null,"range_high": number | null,"range_low": number | null,"recorded_at": string,"recorded_by": string,"resulted_at": string,"sample_type": Database["public"]['Enums']["lab_sample_type"],"test_name": string,"unit": string | null,"value_numeric": number | null,"value_text": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "animal_id"?: string | null,"case_id": string,"collected_at": string,"correction_reason"?: string | null,"corrects_id"?: string | null,"flag"?: Database["public"]['Enums']["lab_flag"] | null,"id"?: string,"laboratory"?: string | null,"lot_id"?: string | null,"necropsy_id"?: string | null,"notes"?: string | null,"range_high"?: number | null,"range_low"?: number | null,"recorded_at"?: string,"recorded_by"?: string,"resulted_at": string,"sample_type": Database["public"]['Enums']["lab_sample_type"],"test_name": string,"unit"?: string | null,"value_numeric"?: number | null,"value_text"?: string | null
                  }
                  Update: {
                    "animal_id"?: string | null,"case_id"?: string,"collected_at"?: string,"correction_reason"?: string | null,"corrects_id"?: string | null,"flag"?: Database["public"]['Enums']["lab_flag"] | null,"id"?: string,"laboratory"?: string | null,"lot_id"?: string | null,"necropsy_id"?: string | null,"notes"?: string | null,"range_high"?: number | null,"range_low"?: number | null,"recorded_at"?: string,"recorded_by"?: string,"resulted_at"?: string,"sample_type"?: Database["public"]['Enums']["lab_sample_type"],"test_name"?: string,"unit"?: string | null,"value_numeric"?: number | null,"value_text"?: string | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "lab_results_animal_id_case_id_fkey"
      columns: ["animal_id","case_id"]
isOneToOne: false
      referencedRelation: "animals"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "lab_results_corrects_id_fkey"
      columns: ["corrects_id"]
isOneToOne: false
      referencedRelation: "lab_results"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "lab_results_lot_id_case_id_fkey"
      columns: ["lot_id","case_id"]
isOneToOne: false
      referencedRelation: "lots"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "lab_results_necropsy_id_case_id_fkey"
      columns: ["necropsy_id","case_id"]
isOneToOne: false
      referencedRelation: "necropsies"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "lab_results_recorded_by_fkey"
      columns: ["recorded_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    }
                  ]
                },"lot_exams": {
                  Row: {
                    "case_id": string,"count_examined": number,"count_with_findings": number,"examined_at": string,"examined_by": string,"id": string,"lot_id": string,"notes": string | null,"recorded_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "case_id": string,"count_examined": number,"count_with_findings": number,"examined_at": string,"examined_by": string,"id"?: string,"lot_id": string,"notes"?: string | null,"recorded_at"?: string
                  }
                  Update: {
                    "case_id"?: string,"count_examined"?: number,"count_with_findings"?: number,"examined_at"?: string,"examined_by"?: string,"id"?: string,"lot_id"?: string,"notes"?: string | null,"recorded_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "lot_exams_examined_by_fkey"
      columns: ["examined_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "lot_exams_lot_id_case_id_fkey"
      columns: ["lot_id","case_id"]
isOneToOne: false
      referencedRelation: "lots"
      referencedColumns: ["id","case_id"]
    }
                  ]
                },"lots": {
                  Row: {
                    "case_id": string,"condition_on_arrival": string | null,"count_received": number,"created_at": string,"created_by": string,"died": number,"enclosure_id": string | null,"escaped": number,"euthanized": number,"id": string,"in_care": number,"intake_position": number | null,"notes": string | null,"released": number,"species_id": string,"split_out": number,"transferred": number
                  }
                  ComputedFields: never
                  Insert: {
                    "case_id": string,"condition_on_arrival"?: string | null,"count_received": number,"created_at"?: string,"created_by"?: string,"died"?: number,"enclosure_id"?: string | null,"escaped"?: number,"euthanized"?: number,"id"?: string,"in_care": number,"intake_position"?: number | null,"notes"?: string | null,"released"?: number,"species_id": string,"split_out"?: number,"transferred"?: number
                  }
                  Update: {
                    "case_id"?: string,"condition_on_arrival"?: string | null,"count_received"?: number,"created_at"?: string,"created_by"?: string,"died"?: number,"enclosure_id"?: string | null,"escaped"?: number,"euthanized"?: number,"id"?: string,"in_care"?: number,"intake_position"?: number | null,"notes"?: string | null,"released"?: number,"species_id"?: string,"split_out"?: number,"transferred"?: number
                  }
                  Relationships: [
                    {
      foreignKeyName: "lots_case_id_fkey"
      columns: ["case_id"]
isOneToOne: false
      referencedRelation: "seizure_cases"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "lots_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "lots_enclosure_id_fkey"
      columns: ["enclosure_id"]
isOneToOne: false
      referencedRelation: "enclosure_occupancy"
      referencedColumns: ["enclosure_id"]
    },{
      foreignKeyName: "lots_enclosure_id_fkey"
      columns: ["enclosure_id"]
isOneToOne: false
      referencedRelation: "enclosures"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "lots_species_id_fkey"
      columns: ["species_id"]
isOneToOne: false
      referencedRelation: "species"
      referencedColumns: ["id"]
    }
                  ]
                },"necropsies": {
                  Row: {
                    "animal_id": string | null,"body_condition_score": number | null,"case_id": string,"cause_of_death": string | null,"conclusions": string | null,"external_findings": string | null,"id": string,"internal_findings": NonNullable<Json>,"lot_id": string | null,"manner": Database["public"]['Enums']["death_manner"],"notes": string | null,"performed_at": string,"performed_by": string,"recorded_at": string,"recorded_by": string,"samples_taken": (string)[]
                  }
                  ComputedFields: never
                  Insert: {
                    "animal_id"?: string | null,"body_condition_score"?: number | null,"case_id": string,"cause_of_death"?: string | null,"conclusions"?: string | null,"external_findings"?: string | null,"id"?: string,"internal_findings"?: NonNullable<Json>,"lot_id"?: string | null,"manner": Database["public"]['Enums']["death_manner"],"notes"?: string | null,"performed_at": string,"performed_by"?: string,"recorded_at"?: string,"recorded_by"?: string,"samples_taken"?: (string)[]
                  }
                  Update: {
                    "animal_id"?: string | null,"body_condition_score"?: number | null,"case_id"?: string,"cause_of_death"?: string | null,"conclusions"?: string | null,"external_findings"?: string | null,"id"?: string,"internal_findings"?: NonNullable<Json>,"lot_id"?: string | null,"manner"?: Database["public"]['Enums']["death_manner"],"notes"?: string | null,"performed_at"?: string,"performed_by"?: string,"recorded_at"?: string,"recorded_by"?: string,"samples_taken"?: (string)[]
                  }
                  Relationships: [
                    {
      foreignKeyName: "necropsies_animal_id_case_id_fkey"
      columns: ["animal_id","case_id"]
isOneToOne: false
      referencedRelation: "animals"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "necropsies_lot_id_case_id_fkey"
      columns: ["lot_id","case_id"]
isOneToOne: false
      referencedRelation: "lots"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "necropsies_performed_by_fkey"
      columns: ["performed_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "necropsies_recorded_by_fkey"
      columns: ["recorded_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    }
                  ]
                },"photos": {
                  Row: {
                    "animal_id": string | null,"byte_size": number,"caption": string | null,"case_id": string,"content_type": string,"id": string,"item_id": string | null,"lot_id": string | null,"sha256": string,"storage_path": string,"taken_at": string | null,"uploaded_at": string,"uploaded_by": string
                  }
                  ComputedFields: never
                  Insert: {
                    "animal_id"?: string | null,"byte_size": number,"caption"?: string | null,"case_id": string,"content_type": string,"id"?: string,"item_id"?: string | null,"lot_id"?: string | null,"sha256": string,"storage_path": string,"taken_at"?: string | null,"uploaded_at"?: string,"uploaded_by"?: string
                  }
                  Update: {
                    "animal_id"?: string | null,"byte_size"?: number,"caption"?: string | null,"case_id"?: string,"content_type"?: string,"id"?: string,"item_id"?: string | null,"lot_id"?: string | null,"sha256"?: string,"storage_path"?: string,"taken_at"?: string | null,"uploaded_at"?: string,"uploaded_by"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "photos_animal_id_case_id_fkey"
      columns: ["animal_id","case_id"]
isOneToOne: false
      referencedRelation: "animals"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "photos_case_id_fkey"
      columns: ["case_id"]
isOneToOne: false
      referencedRelation: "seizure_cases"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "photos_item_id_case_id_fkey"
      columns: ["item_id","case_id"]
isOneToOne: false
      referencedRelation: "evidence_items"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "photos_lot_id_case_id_fkey"
      columns: ["lot_id","case_id"]
isOneToOne: false
      referencedRelation: "lots"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "photos_uploaded_by_fkey"
      columns: ["uploaded_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    }
                  ]
                },"prescriptions": {
                  Row: {
                    "animal_id": string,"case_id": string,"concentration_mg_per_ml": number,"dose_mg_per_kg": number,"drug_id": string,"duration_days": number,"every_days": number,"frequency_per_day": number,"id": string,"last_day": string | null,"notes": string | null,"out_of_range_reason": string | null,"prescribed_at": string,"prescribed_by": string,"range_max_mg_per_kg": number | null,"range_min_mg_per_kg": number | null,"route": Database["public"]['Enums']["drug_route"],"starts_on": string,"stop_reason": string | null,"stopped_at": string | null,"stopped_by": string | null,"volume_ml": number,"weight_age_override_reason": string | null,"weight_exam_id": string,"weight_g": number,"weight_measured_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "animal_id": string,"case_id": string,"concentration_mg_per_ml": number,"dose_mg_per_kg": number,"drug_id": string,"duration_days": number,"every_days"?: number,"frequency_per_day": number,"id"?: string,"last_day"?: string | null,"notes"?: string | null,"out_of_range_reason"?: string | null,"prescribed_at"?: string,"prescribed_by": string,"range_max_mg_per_kg"?: number | null,"range_min_mg_per_kg"?: number | null,"route": Database["public"]['Enums']["drug_route"],"starts_on": string,"stop_reason"?: string | null,"stopped_at"?: string | null,"stopped_by"?: string | null,"volume_ml": number,"weight_age_override_reason"?: string | null,"weight_exam_id": string,"weight_g": number,"weight_measured_at": string
                  }
                  Update: {
                    "animal_id"?: string,"case_id"?: string,"concentration_mg_per_ml"?: number,"dose_mg_per_kg"?: number,"drug_id"?: string,"duration_days"?: number,"every_days"?: number,"frequency_per_day"?: number,"id"?: string,"last_day"?: string | null,"notes"?: string | null,"out_of_range_reason"?: string | null,"prescribed_at"?: string,"prescribed_by"?: string,"range_max_mg_per_kg"?: number | null,"range_min_mg_per_kg"?: number | null,"route"?: Database["public"]['Enums']["drug_route"],"starts_on"?: string,"stop_reason"?: string | null,"stopped_at"?: string | null,"stopped_by"?: string | null,"volume_ml"?: number,"weight_age_override_reason"?: string | null,"weight_exam_id"?: string,"weight_g"?: number,"weight_measured_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "prescriptions_animal_id_case_id_fkey"
      columns: ["animal_id","case_id"]
isOneToOne: false
      referencedRelation: "animals"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "prescriptions_drug_id_fkey"
      columns: ["drug_id"]
isOneToOne: false
      referencedRelation: "drugs"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "prescriptions_prescribed_by_fkey"
      columns: ["prescribed_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "prescriptions_stopped_by_fkey"
      columns: ["stopped_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "prescriptions_weight_exam_id_fkey"
      columns: ["weight_exam_id"]
isOneToOne: false
      referencedRelation: "animal_latest_weights"
      referencedColumns: ["exam_id"]
    },{
      foreignKeyName: "prescriptions_weight_exam_id_fkey"
      columns: ["weight_exam_id"]
isOneToOne: false
      referencedRelation: "exams"
      referencedColumns: ["id"]
    }
                  ]
                },"problems": {
                  Row: {
                    "animal_id": string,"case_id": string,"id": string,"notes": string | null,"recorded_at": string,"recorded_by": string,"resolved_on": string | null,"started_on": string,"title": string,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "animal_id": string,"case_id": string,"id"?: string,"notes"?: string | null,"recorded_at"?: string,"recorded_by": string,"resolved_on"?: string | null,"started_on": string,"title": string,"updated_at"?: string
                  }
                  Update: {
                    "animal_id"?: string,"case_id"?: string,"id"?: string,"notes"?: string | null,"recorded_at"?: string,"recorded_by"?: string,"resolved_on"?: string | null,"started_on"?: string,"title"?: string,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "problems_animal_id_case_id_fkey"
      columns: ["animal_id","case_id"]
isOneToOne: false
      referencedRelation: "animals"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "problems_recorded_by_fkey"
      columns: ["recorded_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    }
                  ]
                },"quarantine_policies": {
                  Row: {
                    "centre_id": string,"notes": string | null,"required_days": number,"taxon_class": Database["public"]['Enums']["taxon_class"],"tests_required": (string)[],"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "centre_id"?: string,"notes"?: string | null,"required_days": number,"taxon_class": Database["public"]['Enums']["taxon_class"],"tests_required"?: (string)[],"updated_at"?: string
                  }
                  Update: {
                    "centre_id"?: string,"notes"?: string | null,"required_days"?: number,"taxon_class"?: Database["public"]['Enums']["taxon_class"],"tests_required"?: (string)[],"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "quarantine_policies_centre_id_fkey"
      columns: ["centre_id"]
isOneToOne: false
      referencedRelation: "centres"
      referencedColumns: ["id"]
    }
                  ]
                },"quarantines": {
                  Row: {
                    "animal_id": string | null,"case_id": string,"clearance_notes": string | null,"cleared_at": string | null,"cleared_by": string | null,"created_at": string,"early_clearance_reason": string | null,"id": string,"lot_id": string | null,"required_days": number,"started_at": string,"tests_done": (string)[] | null,"tests_required": (string)[]
                  }
                  ComputedFields: never
                  Insert: {
                    "animal_id"?: string | null,"case_id": string,"clearance_notes"?: string | null,"cleared_at"?: string | null,"cleared_by"?: string | null,"created_at"?: string,"early_clearance_reason"?: string | null,"id"?: string,"lot_id"?: string | null,"required_days": number,"started_at": string,"tests_done"?: (string)[] | null,"tests_required"?: (string)[]
                  }
                  Update: {
                    "animal_id"?: string | null,"case_id"?: string,"clearance_notes"?: string | null,"cleared_at"?: string | null,"cleared_by"?: string | null,"created_at"?: string,"early_clearance_reason"?: string | null,"id"?: string,"lot_id"?: string | null,"required_days"?: number,"started_at"?: string,"tests_done"?: (string)[] | null,"tests_required"?: (string)[]
                  }
                  Relationships: [
                    {
      foreignKeyName: "quarantines_animal_id_case_id_fkey"
      columns: ["animal_id","case_id"]
isOneToOne: false
      referencedRelation: "animals"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "quarantines_cleared_by_fkey"
      columns: ["cleared_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "quarantines_lot_id_case_id_fkey"
      columns: ["lot_id","case_id"]
isOneToOne: false
      referencedRelation: "lots"
      referencedColumns: ["id","case_id"]
    }
                  ]
                },"release_approvals": {
                  Row: {
                    "approved_at": string,"approved_by": string,"assessment_id": string,"authority_agency": string | null,"authority_name": string | null,"document_number": string | null,"id": string,"notes": string | null,"revision": number,"step": Database["public"]['Enums']["release_step"]
                  }
                  ComputedFields: never
                  Insert: {
                    "approved_at"?: string,"approved_by"?: string,"assessment_id": string,"authority_agency"?: string | null,"authority_name"?: string | null,"document_number"?: string | null,"id"?: string,"notes"?: string | null,"revision": number,"step": Database["public"]['Enums']["release_step"]
                  }
                  Update: {
                    "approved_at"?: string,"approved_by"?: string,"assessment_id"?: string,"authority_agency"?: string | null,"authority_name"?: string | null,"document_number"?: string | null,"id"?: string,"notes"?: string | null,"revision"?: number,"step"?: Database["public"]['Enums']["release_step"]
                  }
                  Relationships: [
                    {
      foreignKeyName: "release_approvals_approved_by_fkey"
      columns: ["approved_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "release_approvals_assessment_id_fkey"
      columns: ["assessment_id"]
isOneToOne: false
      referencedRelation: "release_assessments"
      referencedColumns: ["id"]
    }
                  ]
                },"release_assessment_answers": {
                  Row: {
                    "answer": Database["public"]['Enums']["release_answer"],"answered_at": string,"answered_by": string,"assessment_id": string,"id": string,"note": string | null,"question_key": string,"revision": number
                  }
                  ComputedFields: never
                  Insert: {
                    "answer": Database["public"]['Enums']["release_answer"],"answered_at"?: string,"answered_by"?: string,"assessment_id": string,"id"?: string,"note"?: string | null,"question_key": string,"revision": number
                  }
                  Update: {
                    "answer"?: Database["public"]['Enums']["release_answer"],"answered_at"?: string,"answered_by"?: string,"assessment_id"?: string,"id"?: string,"note"?: string | null,"question_key"?: string,"revision"?: number
                  }
                  Relationships: [
                    {
      foreignKeyName: "release_assessment_answers_answered_by_fkey"
      columns: ["answered_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "release_assessment_answers_assessment_id_fkey"
      columns: ["assessment_id"]
isOneToOne: false
      referencedRelation: "release_assessments"
      referencedColumns: ["id"]
    }
                  ]
                },"release_assessments": {
                  Row: {
                    "alternative": Database["public"]['Enums']["release_alternative"] | null,"alternative_reason": string | null,"animal_id": string | null,"case_id": string,"checklist_id": string,"created_at": string,"created_by": string,"head_count": number,"id": string,"lot_id": string | null,"proposed_site": string | null,"release_event_id": string | null,"release_type": Database["public"]['Enums']["release_type"] | null,"revision": number,"scheduled_for": string | null,"updated_at": string,"release_approved_steps": (Database["public"]['Enums']["release_step"])[] | null,"release_blockers": {
              "key": string,"outcome": Database["public"]['Enums']["release_recommendation"],"source": string
            } | null,"release_recommendation_for": Database["public"]['Enums']["release_recommendation"] | null
                  }
                  ComputedFields: "release_approved_steps" | "release_blockers" | "release_recommendation_for"
                  Insert: {
                    "alternative"?: Database["public"]['Enums']["release_alternative"] | null,"alternative_reason"?: string | null,"animal_id"?: string | null,"case_id": string,"checklist_id": string,"created_at"?: string,"created_by"?: string,"head_count": number,"id"?: string,"lot_id"?: string | null,"proposed_site"?: string | null,"release_event_id"?: string | null,"release_type"?: Database["public"]['Enums']["release_type"] | null,"revision"?: number,"scheduled_for"?: string | null,"updated_at"?: string
                  }
                  Update: {
                    "alternative"?: Database["public"]['Enums']["release_alternative"] | null,"alternative_reason"?: string | null,"animal_id"?: string | null,"case_id"?: string,"checklist_id"?: string,"created_at"?: string,"created_by"?: string,"head_count"?: number,"id"?: string,"lot_id"?: string | null,"proposed_site"?: string | null,"release_event_id"?: string | null,"release_type"?: Database["public"]['Enums']["release_type"] | null,"revision"?: number,"scheduled_for"?: string | null,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "release_assessments_animal_id_case_id_fkey"
      columns: ["animal_id","case_id"]
isOneToOne: false
      referencedRelation: "animals"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "release_assessments_checklist_id_fkey"
      columns: ["checklist_id"]
isOneToOne: false
      referencedRelation: "release_checklists"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "release_assessments_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    },{
      foreignKeyName: "release_assessments_lot_id_case_id_fkey"
      columns: ["lot_id","case_id"]
isOneToOne: false
      referencedRelation: "lots"
      referencedColumns: ["id","case_id"]
    },{
      foreignKeyName: "release_assessments_release_event_fk"
      columns: ["release_event_id"]
isOneToOne: false
      referencedRelation: "release_events"
      referencedColumns: ["id"]
    }
                  ]
                },"release_checklist_questions": {
                  Row: {
                    "checklist_id": string,"key": string,"position": number,"question_en": string,"question_km": string,"route_en": string,"route_km": string,"section": Database["public"]['Enums']["release_section"]
                  }
                  ComputedFields: never
                  Insert: {
                    "checklist_id": string,"key": string,"position": number,"question_en": string,"question_km": string,"route_en": string,"route_km": string,"section": Database["public"]['Enums']["release_section"]
                  }
                  Update: {
                    "checklist_id"?: string,"key"?: string,"position"?: number,"question_en"?: string,"question_km"?: string,"route_en"?: string,"route_km"?: string,"section"?: Database["public"]['Enums']["release_section"]
                  }
                  Relationships: [
                    {
      foreignKeyName: "release_checklist_questions_checklist_id_fkey"
      columns: ["checklist_id"]
isOneToOne: false
      referencedRelation: "release_checklists"
      referencedColumns: ["id"]
    }
                  ]
                },"release_checklists": {
                  Row: {
                    "centre_id": string | null,"created_at": string,"id": string,"max_exam_age_days": number,"notes": string | null,"version": number
                  }
                  ComputedFields: never
                  Insert: {
                    "centre_id"?: string | null,"created_at"?: string,"id"?: string,"max_exam_age_days"?: number,"notes"?: string | null,"version": number
                  }
                  Update: {
                    "centre_id"?: string | null,"created_at"?: string,"id"?: string,"max_exam_age_days"?: number,"notes"?: string | null,"version"?: number
                  }
                  Relationships: [
                    {
      foreignKeyName: "release_checklists_centre_id_fkey"
      columns: ["centre_id"]
isOneToOne: false
      referencedRelation: "centres"
      referencedColumns: ["id"]
    }
                  ]
                },"release_events": {
                  Row: {
                    "centre_id": string,"client_key": string | null,"id": string,"latitude": number,"longitude": number,"method": Database["public"]['Enums']["release_method"],"notes": string | null,"occurred_at": string,"outside_bounds_reason": string | null,"photo_ids": (string)[],"protected_area": string | null,"recorded_at": string,"recorded_by": string,"site_name": string,"team_members": (string)[]
                  }
                  ComputedFields: never
                  Insert: {
                    "centre_id"?: string,"client_key"?: string | null,"id"?: string,"latitude": number,"longitude": number,"method": Database["public"]['Enums']["release_method"],"notes"?: string | null,"occurred_at": string,"outside_bounds_reason"?: string | null,"photo_ids"?: (string)[],"protected_area"?: string | null,"recorded_at"?: string,"recorded_by"?: string,"site_name": string,"team_members": (string)[]
                  }
                  Update: {
                    "centre_id"?: string,"client_key"?: string | null,"id"?: string,"latitude"?: number,"longitude"?: number,"method"?: Database["public"]['Enums']["release_method"],"notes"?: string | null,"occurred_at"?: string,"outside_bounds_reason"?: string | null,"photo_ids"?: (string)[],"protected_area"?: string | null,"recorded_at"?: string,"recorded_by"?: string,"site_name"?: string,"team_members"?: (string)[]
                  }
                  Relationships: [
                    {
      foreignKeyName: "release_events_centre_id_fkey"
      columns: ["centre_id"]
isOneToOne: false
      referencedRelation: "centres"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "release_events_recorded_by_fkey"
      columns: ["recorded_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    }
                  ]
                },"release_monitoring": {
                  Row: {
                    "animals_seen": number | null,"case_id": string,"client_key": string | null,"condition": Database["public"]['Enums']["monitored_condition"],"disposition_id": string,"id": string,"latitude": number | null,"location": string | null,"longitude": number | null,"method": Database["public"]['Enums']["monitoring_method"],"notes": string | null,"observed_on": string,"recorded_at": string,"recorded_by": string
                  }
                  ComputedFields: never
                  Insert: {
                    "animals_seen"?: number | null,"case_id": string,"client_key"?: string | null,"condition": Database["public"]['Enums']["monitored_condition"],"disposition_id": string,"id"?: string,"latitude"?: number | null,"location"?: string | null,"longitude"?: number | null,"method": Database["public"]['Enums']["monitoring_method"],"notes"?: string | null,"observed_on": string,"recorded_at"?: string,"recorded_by"?: string
                  }
                  Update: {
                    "animals_seen"?: number | null,"case_id"?: string,"client_key"?: string | null,"condition"?: Database["public"]['Enums']["monitored_condition"],"disposition_id"?: string,"id"?: string,"latitude"?: number | null,"location"?: string | null,"longitude"?: number | null,"method"?: Database["public"]['Enums']["monitoring_method"],"notes"?: string | null,"observed_on"?: string,"recorded_at"?: string,"recorded_by"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "release_monitoring_disposition_id_fkey"
      columns: ["disposition_id"]
isOneToOne: false
      referencedRelation: "dispositions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "release_monitoring_recorded_by_fkey"
      columns: ["recorded_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    }
                  ]
                },"seizure_cases": {
                  Row: {
                    "agency": string,"case_number": string,"centre_id": string,"court_reference": string | null,"created_at": string,"created_by": string,"id": string,"latitude": number | null,"lead_officer_agency": string,"lead_officer_id_number": string,"lead_officer_name": string,"legal_basis": string | null,"location_description": string,"longitude": number | null,"notes": string | null,"seized_at": string,"status": Database["public"]['Enums']["case_status"],"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "agency": string,"case_number": string,"centre_id": string,"court_reference"?: string | null,"created_at"?: string,"created_by"?: string,"id"?: string,"latitude"?: number | null,"lead_officer_agency": string,"lead_officer_id_number": string,"lead_officer_name": string,"legal_basis"?: string | null,"location_description": string,"longitude"?: number | null,"notes"?: string | null,"seized_at": string,"status"?: Database["public"]['Enums']["case_status"],"updated_at"?: string
                  }
                  Update: {
                    "agency"?: string,"case_number"?: string,"centre_id"?: string,"court_reference"?: string | null,"created_at"?: string,"created_by"?: string,"id"?: string,"latitude"?: number | null,"lead_officer_agency"?: string,"lead_officer_id_number"?: string,"lead_officer_name"?: string,"legal_basis"?: string | null,"location_description"?: string,"longitude"?: number | null,"notes"?: string | null,"seized_at"?: string,"status"?: Database["public"]['Enums']["case_status"],"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "seizure_cases_centre_id_fkey"
      columns: ["centre_id"]
isOneToOne: false
      referencedRelation: "centres"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "seizure_cases_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
    }
                  ]
                },"species": {
                  Row: {
                    "cites_appendix": Database["public"]['Enums']["cites_appendix"] | null,"cites_as_of": string | null,"cites_source": string | null,"cites_unconfirmed": boolean,"created_at": string,"english_name": string,"id": string,"iucn_category": Database["public"]['Enums']["iucn_category"] | null,"iucn_source": string | null,"iucn_unconfirmed": boolean,"iucn_year": number | null,"khmer_name": string | null,"max_adult_weight_g": number | null,"max_adult_weight_source": string | null,"national_as_of": string | null,"national_source": string | null,"national_status": string | null,"notes": string | null,"scientific_name": string,"taxon_class": Database["public"]['Enums']["taxon_class"],"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "cites_appendix"?: Database["public"]['Enums']["cites_appendix"] | null,"cites_as_of"?: string | null,"cites_source"?: string | null,"cites_unconfirmed"?: boolean,"created_at"?: string,"english_name": string,"id"?: string,"iucn_category"?: Database["public"]['Enums']["iucn_category"] | null,"iucn_source"?: string | null,"iucn_unconfirmed"?: boolean,"iucn_year"?: number | null,"khmer_name"?: string | null,"max_adult_weight_g"?: number | null,"max_adult_weight_source"?: string | null,"national_as_of"?: string | null,"national_source"?: string | null,"national_status"?: string | null,"notes"?: string | null,"scientific_name": string,"taxon_class": Database["public"]['Enums']["taxon_class"],"updated_at"?: string
                  }
                  Update: {
                    "cites_appendix"?: Database["public"]['Enums']["cites_appendix"] | null,"cites_as_of"?: string | null,"cites_source"?: string | null,"cites_unconfirmed"?: boolean,"created_at"?: string,"english_name"?: string,"id"?: string,"iucn_category"?: Database["public"]['Enums']["iucn_category"] | null,"iucn_source"?: string | null,"iucn_unconfirmed"?: boolean,"iucn_year"?: number | null,"khmer_name"?: string | null,"max_adult_weight_g"?: number | null,"max_adult_weight_source"?: string | null,"national_as_of"?: string | null,"national_source"?: string | null,"national_status"?: string | null,"notes"?: string | null,"scientific_name"?: string,"taxon_class"?: Database["public"]['Enums']["taxon_class"],"updated_at"?: string
                  }
                  Relationships: [
                    
                  ]
                },"staff": {
                  Row: {
                    "active": boolean,"agency": string | null,"centre_id": string,"created_at": string,"full_name": string,"id_number": string | null,"role": Database["public"]['Enums']["staff_role"],"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "active"?: boolean,"agency"?: string | null,"centre_id": string,"created_at"?: string,"full_name": string,"id_number"?: string | null,"role": Database["public"]['Enums']["staff_role"],"updated_at"?: string,"user_id": string
                  }
                  Update: {
                    "active"?: boolean,"agency"?: string | null,"centre_id"?: string,"created_at"?: string,"full_name"?: string,"id_number"?: string | null,"role"?: Database["public"]['Enums']["staff_role"],"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "staff_centre_id_fkey"
      columns: ["centre_id"]
isOneToOne: false
      referencedRelation: "centres"
      referencedColumns: ["id"]
    }
                  ]
                }
          }
          Views: {
            "animal_latest_weights": {
                  Row: {
                    "animal_id": string,"exam_id": string,"examined_at": string,"weight_g": number | null
                  }
                  ComputedFields: never
                  Relationships: [
                    
                  ]
                },"enclosure_occupancy": {
                  Row: {
                    "enclosure_id": string,"head_count": number | null
                  }
                  ComputedFields: never
                  Insert: {
                           "enclosure_id"?: string | null,"head_count"?: never
                         }
                        Update: {
                           "enclosure_id"?: string | null,"head_count"?: never
                         }
                        Relationships: [
                    
                  ]
                },"lot_individual_counts": {
                  Row: {
                    "animals": number | null,"case_id": string,"lot_id": string,"status": Database["public"]['Enums']["animal_status"]
                  }
                  ComputedFields: never
                  Relationships: [
                    {
      foreignKeyName: "animals_lot_id_case_id_fkey"
      columns: ["lot_id","case_id"]
isOneToOne: false
      referencedRelation: "lots"
      referencedColumns: ["id","case_id"]
    }
                  ]
                }
          }
          Functions: {
            "animal_page":
{ Args: { "p_code": string }; Returns: Json
                           },
"answer_release_questions":
{ Args: { "p_answers": Json,"p_assessment_id": string,"p_revision": number }; Returns: number
                           },
"approve_release":
{ Args: { "p_assessment_id": string,"p_authority_agency"?: string,"p_authority_name"?: string,"p_document_number"?: string,"p_notes"?: string,"p_revision": number,"p_step": Database["public"]['Enums']["release_step"] }; Returns: string
                           },
"care_dashboard":
{ Args: { "p_months"?: number }; Returns: Json
                           },
"case_on_hold":
{ Args: { "p_case_id": string }; Returns: boolean
                           },
"case_page":
{ Args: { "p_case_id": string,"p_first_position": number,"p_page_size": number }; Returns: Json
                           },
"centre_time_zone":
{ Args: Record<PropertyKey, never>; Returns: string
                           },
"centre_today":
{ Args: Record<PropertyKey, never>; Returns: string
                           },
"choose_release_alternative":
{ Args: { "p_alternative": Database["public"]['Enums']["release_alternative"],"p_assessment_id": string,"p_reason": string }; Returns: undefined
                           },
"class_weight_ceiling_g":
{ Args: { "taxon": Database["public"]['Enums']["taxon_class"] }; Returns: number
                           },
"clear_quarantine":
{ Args: { "p_early_reason"?: string,"p_notes"?: string,"p_quarantine_id": string,"p_tests_done": (string)[] }; Returns: undefined
                           },
"country_bounds":
{ Args: { "p_country": string }; Returns: {
              "max_latitude": number,"max_longitude": number,"min_latitude": number,"min_longitude": number
            }[]
                           },
"current_centre_id":
{ Args: Record<PropertyKey, never>; Returns: string
                           },
"current_release_checklist":
{ Args: Record<PropertyKey, never>; Returns: string
                           },
"current_staff":
{ Args: Record<PropertyKey, never>; Returns: {
              "active": boolean,"agency": string,"centre_id": string,"centre_name": string,"full_name": string,"id_number": string,"role": Database["public"]['Enums']["staff_role"],"user_id": string
            }[]
                           },
"custody_event_canonical":
{ Args: { "e": Omit<Database["public"]['Tables']["custody_events"]['Row'], Database["public"]['Tables']["custody_events"]['ComputedFields']> }; Returns: string
                           },
"custody_event_hash":
{ Args: { "canonical": string,"prev_hash": string }; Returns: string
                           },
"daily_round":
{ Args: { "p_area_id": string,"p_day"?: string,"p_page"?: number,"p_page_size"?: number }; Returns: Json
                           },
"decline_evidence_request":
{ Args: { "p_reason": string,"p_request_id": string }; Returns: {
              "animal_id": string | null,
"case_id": string,
"court_case_number": string | null,
"decided_at": string | null,
"decided_by": string | null,
"decline_reason": string | null,
"id": string,
"item_id": string | null,
"language": string,
"lot_id": string | null,
"needed_by": string | null,
"prosecutor_id": string,
"purpose": string,
"requested_at": string,
"status": Database["public"]['Enums']["evidence_request_status"],
"subject": Database["public"]['Enums']["custody_subject"]
            }
                          SetofOptions: {
        from: "*"
        to: "evidence_requests"
        isOneToOne: true
        isSetofReturn: false
      } },
"diet_items_valid":
{ Args: { "items": Json }; Returns: boolean
                           },
"dispose_of":
{ Args: { "d": Omit<Database["public"]['Tables']["dispositions"]['Row'], Database["public"]['Tables']["dispositions"]['ComputedFields']>,"p_photo_ids"?: (string)[] }; Returns: string
                           },
"disposition_head_count":
{ Args: { "e": Omit<Database["public"]['Tables']["custody_events"]['Row'], Database["public"]['Tables']["custody_events"]['ComputedFields']> }; Returns: number
                           },
"enclosure_path":
{ Args: { "p_enclosure_id": string }; Returns: string
                           },
"evidence_content_hash":
{ Args: { "content": Json }; Returns: string
                           },
"evidence_sheet_content":
{ Args: { "p_include_offender": boolean,"p_include_veterinary": boolean,"p_subject": Database["public"]['Enums']["custody_subject"],"p_subject_id": string }; Returns: Json
                           },
"evidence_sheet_draft":
{ Args: { "p_include_offender": boolean,"p_include_veterinary": boolean,"p_request_id": string,"p_subject": Database["public"]['Enums']["custody_subject"],"p_subject_id": string }; Returns: Json
                           },
"exam_findings_valid":
{ Args: { "findings": Json }; Returns: boolean
                           },
"feeding_watch":
{ Args: { "p_days"?: number }; Returns: Json
                           },
"has_role":
{ Args: { "roles": (Database["public"]['Enums']["staff_role"])[] }; Returns: boolean
                           },
"is_staff":
{ Args: Record<PropertyKey, never>; Returns: boolean
                           },
"issue_evidence_document":
{ Args: { "p_byte_size": number,"p_content_hash": string,"p_document_id": string,"p_generated_at": string,"p_include_offender": boolean,"p_include_veterinary": boolean,"p_language": string,"p_pdf_sha256": string,"p_request_id": string,"p_subject": Database["public"]['Enums']["custody_subject"],"p_subject_id": string }; Returns: {
              "byte_size": number,
"case_id": string,
"chain_events": number,
"chain_head": string,
"content": NonNullable<Json>,
"content_hash": string,
"generated_at": string,
"generated_by": string,
"id": string,
"include_offender": boolean,
"include_veterinary": boolean,
"language": string,
"pdf_sha256": string,
"request_id": string | null,
"storage_path": string,
"subject": Database["public"]['Enums']["custody_subject"],
"subject_id": string
            }
                          SetofOptions: {
        from: "*"
        to: "evidence_documents"
        isOneToOne: true
        isSetofReturn: false
      } },
"lab_flag_for":
{ Args: { "range_high": number,"range_low": number,"value": number }; Returns: Database["public"]['Enums']["lab_flag"]
                           },
"locked_release_assessment":
{ Args: { "p_assessment_id": string,"p_revision": number }; Returns: {
              "alternative": Database["public"]['Enums']["release_alternative"] | null,
"alternative_reason": string | null,
"animal_id": string | null,
"case_id": string,
"checklist_id": string,
"created_at": string,
"created_by": string,
"head_count": number,
"id": string,
"lot_id": string | null,
"proposed_site": string | null,
"release_event_id": string | null,
"release_type": Database["public"]['Enums']["release_type"] | null,
"revision": number,
"scheduled_for": string | null,
"updated_at": string
            }
                          SetofOptions: {
        from: "*"
        to: "release_assessments"
        isOneToOne: true
        isSetofReturn: false
      } },
"may_record_intake":
{ Args: Record<PropertyKey, never>; Returns: boolean
                           },
"move_to_enclosure":
{ Args: { "p_animal_id": string,"p_lot_id": string,"p_moved_at"?: string,"p_override_reason"?: string,"p_to_enclosure_id": string }; Returns: Json
                           },
"necropsy_samples_valid":
{ Args: { "samples": (string)[] }; Returns: boolean
                           },
"prescription_volume_ml":
{ Args: { "concentration_mg_per_ml": number,"dose_mg_per_kg": number,"weight_g": number }; Returns: number
                           },
"quarantine_rule":
{ Args: { "p_centre_id": string,"p_class": Database["public"]['Enums']["taxon_class"] }; Returns: {
              "required_days": number,"tests_required": (string)[]
            }[]
                           },
"readable_case_ids":
{ Args: Record<PropertyKey, never>; Returns: string[]
                           },
"record_disposition":
{ Args: { "p_animal_id"?: string,"p_authorised_by"?: string,"p_cause"?: string,"p_client_key"?: string,"p_count"?: number,"p_found_dead"?: boolean,"p_hold_consent_reference"?: string,"p_item_id"?: string,"p_kind": Database["public"]['Enums']["disposition_kind"],"p_lot_id"?: string,"p_method"?: string,"p_notes"?: string,"p_occurred_at": string,"p_permit_number"?: string,"p_photo_ids"?: (string)[],"p_place": string,"p_reason"?: string,"p_received_by_id_number"?: string,"p_received_by_name"?: string,"p_receiving_organisation"?: string }; Returns: string
                           },
"record_release":
{ Args: { "p_client_key"?: string,"p_latitude": number,"p_longitude": number,"p_method": Database["public"]['Enums']["release_method"],"p_notes"?: string,"p_occurred_at": string,"p_outside_bounds_reason"?: string,"p_photo_ids"?: (string)[],"p_protected_area"?: string,"p_site_name": string,"p_subjects": Json,"p_team_members": (string)[] }; Returns: string
                           },
"record_seizure":
{ Args: { "payload": Json }; Returns: Json
                           },
"release_approved_steps":
{ Args: { "a": Omit<Database["public"]['Tables']["release_assessments"]['Row'], Database["public"]['Tables']["release_assessments"]['ComputedFields']> }; Returns: (Database["public"]['Enums']["release_step"])[]
                           },
"release_assessment_page":
{ Args: { "p_assessment_id": string }; Returns: Json
                           },
"release_blockers":
{ Args: { "a": Omit<Database["public"]['Tables']["release_assessments"]['Row'], Database["public"]['Tables']["release_assessments"]['ComputedFields']> }; Returns: {
              "key": string,"outcome": Database["public"]['Enums']["release_recommendation"],"source": string
            }[]
                           },
"release_board":
{ Args: { "p_page"?: number,"p_page_size"?: number }; Returns: Json
                           },
"release_recommendation_for":
{ Args: { "a": Omit<Database["public"]['Tables']["release_assessments"]['Row'], Database["public"]['Tables']["release_assessments"]['ComputedFields']> }; Returns: Database["public"]['Enums']["release_recommendation"]
                           },
"release_record_blockers":
{ Args: { "p_animal_id": string,"p_case_id": string,"p_head_count": number,"p_lot_id": string,"p_max_exam_age_days": number }; Returns: (string)[]
                           },
"release_sites_summary":
{ Args: Record<PropertyKey, never>; Returns: Json
                           },
"schedule_release":
{ Args: { "p_assessment_id": string,"p_revision": number,"p_scheduled_for": string }; Returns: undefined
                           },
"staff_emails":
{ Args: { "user_ids": (string)[] }; Returns: {
              "email": string,"user_id": string
            }[]
                           },
"utc_text":
{ Args: { "t": string }; Returns: string
                           },
"verify_custody_chain":
{ Args: { "p_case_id": string }; Returns: {
              "events": number,"first_broken_event_id": string,"first_broken_position": number,"head": string,"problem": string,"valid": boolean
            }[]
                           },
"verify_evidence_document":
{ Args: { "p_document_id": string }; Returns: Json
                           },
"weight_max_age":
{ Args: Record<PropertyKey, never>; Returns: string
                           }
          }
          Enums: {
            "administration_outcome": "given"|"refused"|"missed","age_class": "neonate"|"juvenile"|"subadult"|"adult"|"unknown","animal_sex": "male"|"female"|"unknown","animal_status": "in_care"|"released"|"transferred"|"died"|"euthanized"|"escaped","body_system": "general"|"integument"|"shell"|"eyes"|"ears_nose_throat"|"oral_cavity"|"respiratory"|"cardiovascular"|"digestive"|"urogenital"|"musculoskeletal"|"nervous"|"lymphatic","case_status": "open"|"in_court"|"closed","cites_appendix": "I"|"II"|"III"|"not_listed","custody_event_type": "seized"|"transported"|"received_at_centre"|"intake_examined"|"moved"|"sampled"|"handed_over"|"released"|"transferred_out"|"died"|"euthanized"|"destroyed"|"escaped","custody_subject": "case"|"lot"|"animal"|"item","death_manner": "disease"|"trauma"|"euthanasia"|"husbandry"|"unknown"|"other","disposition_kind": "released"|"transferred_out"|"died"|"euthanized"|"escaped"|"destroyed","drug_route": "oral"|"sc"|"im"|"iv"|"intracoelomic"|"intraosseous"|"topical"|"ophthalmic"|"nebulised","enclosure_kind": "site"|"area"|"enclosure","enclosure_type": "tank"|"vivarium"|"cage"|"aviary"|"pen"|"paddock"|"pond"|"night_house"|"nursery"|"other","evidence_request_status": "requested"|"issued"|"declined"|"withdrawn","feeding_outcome": "eaten_all"|"eaten_part"|"eaten_none"|"withheld","item_status": "held"|"handed_over"|"destroyed","iucn_category": "EX"|"EW"|"CR"|"EN"|"VU"|"NT"|"LC"|"DD"|"NE","lab_flag": "normal"|"low"|"high"|"abnormal"|"critical","lab_sample_type": "blood"|"faeces"|"urine"|"swab"|"tissue"|"skin_scraping"|"other","monitored_condition": "good"|"fair"|"poor"|"dead"|"not_found","monitoring_method": "sighting"|"telemetry"|"camera_trap"|"other","quantity_unit": "count"|"kg"|"g","release_alternative": "permanent_care"|"transfer"|"euthanasia","release_answer": "yes"|"not_yet"|"never"|"unknown","release_method": "hard"|"soft","release_recommendation": "release"|"not_yet"|"not_releasable","release_section": "legal"|"identity"|"health"|"behaviour"|"site"|"risk","release_step": "vet"|"release_lead"|"authority","release_type": "conservation"|"welfare","staff_role": "admin"|"vet"|"keeper"|"release_team"|"prosecutor","stool_observation": "normal"|"soft"|"liquid"|"none_seen"|"abnormal","taxon_class": "mammal"|"bird"|"reptile"|"amphibian"|"fish"|"invertebrate"
          }
          CompositeTypes: {
            [_ in never]: never
          }
        }
}

type DatabaseWithoutInternals = Omit<Database, '__InternalSupabase'>

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
  ? (DefaultSchema["Tables"] & DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
      Row: infer R
    }
    ? R
    : never
  : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
  ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
      Insert: infer I
    }
    ? I
    : never
  : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
  ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
      Update: infer U
    }
    ? U
    : never
  : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never = never
> = DefaultSchemaEnumNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
  ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
  : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never = never
> = PublicCompositeTypeNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
  ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
  : never

export const Constants = {
  "public": {
          Enums: {
            "administration_outcome": ["given", "refused", "missed"],"age_class": ["neonate", "juvenile", "subadult", "adult", "unknown"],"animal_sex": ["male", "female", "unknown"],"animal_status": ["in_care", "released", "transferred", "died", "euthanized", "escaped"],"body_system": ["general", "integument", "shell", "eyes", "ears_nose_throat", "oral_cavity", "respiratory", "cardiovascular", "digestive", "urogenital", "musculoskeletal", "nervous", "lymphatic"],"case_status": ["open", "in_court", "closed"],"cites_appendix": ["I", "II", "III", "not_listed"],"custody_event_type": ["seized", "transported", "received_at_centre", "intake_examined", "moved", "sampled", "handed_over", "released", "transferred_out", "died", "euthanized", "destroyed", "escaped"],"custody_subject": ["case", "lot", "animal", "item"],"death_manner": ["disease", "trauma", "euthanasia", "husbandry", "unknown", "other"],"disposition_kind": ["released", "transferred_out", "died", "euthanized", "escaped", "destroyed"],"drug_route": ["oral", "sc", "im", "iv", "intracoelomic", "intraosseous", "topical", "ophthalmic", "nebulised"],"enclosure_kind": ["site", "area", "enclosure"],"enclosure_type": ["tank", "vivarium", "cage", "aviary", "pen", "paddock", "pond", "night_house", "nursery", "other"],"evidence_request_status": ["requested", "issued", "declined", "withdrawn"],"feeding_outcome": ["eaten_all", "eaten_part", "eaten_none", "withheld"],"item_status": ["held", "handed_over", "destroyed"],"iucn_category": ["EX", "EW", "CR", "EN", "VU", "NT", "LC", "DD", "NE"],"lab_flag": ["normal", "low", "high", "abnormal", "critical"],"lab_sample_type": ["blood", "faeces", "urine", "swab", "tissue", "skin_scraping", "other"],"monitored_condition": ["good", "fair", "poor", "dead", "not_found"],"monitoring_method": ["sighting", "telemetry", "camera_trap", "other"],"quantity_unit": ["count", "kg", "g"],"release_alternative": ["permanent_care", "transfer", "euthanasia"],"release_answer": ["yes", "not_yet", "never", "unknown"],"release_method": ["hard", "soft"],"release_recommendation": ["release", "not_yet", "not_releasable"],"release_section": ["legal", "identity", "health", "behaviour", "site", "risk"],"release_step": ["vet", "release_lead", "authority"],"release_type": ["conservation", "welfare"],"staff_role": ["admin", "vet", "keeper", "release_team", "prosecutor"],"stool_observation": ["normal", "soft", "liquid", "none_seen", "abnormal"],"taxon_class": ["mammal", "bird", "reptile", "amphibian", "fish", "invertebrate"]
          }
        }
} as const
