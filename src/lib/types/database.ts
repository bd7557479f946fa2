
export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  
  "public": {
          Tables: {
            "animals": {
                  Row: {
                    "age_class": Database["public"]['Enums']["age_class"],"case_id": string,"code": string,"created_at": string,"created_by": string,"distinctive_marks": string | null,"id": string,"lot_id": string,"microchip": string | null,"notes": string | null,"ring": string | null,"sex": Database["public"]['Enums']["animal_sex"],"species_id": string,"status": Database["public"]['Enums']["animal_status"],"tag": string | null,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "age_class"?: Database["public"]['Enums']["age_class"],"case_id": string,"code": string,"created_at"?: string,"created_by"?: string,"distinctive_marks"?: string | null,"id"?: string,"lot_id": string,"microchip"?: string | null,"notes"?: string | null,"ring"?: string | null,"sex"?: Database["public"]['Enums']["animal_sex"],"species_id": string,"status"?: Database["public"]['Enums']["animal_status"],"tag"?: string | null,"updated_at"?: string
                  }
                  Update: {
                    "age_class"?: Database["public"]['Enums']["age_class"],"case_id"?: string,"code"?: string,"created_at"?: string,"created_by"?: string,"distinctive_marks"?: string | null,"id"?: string,"lot_id"?: string,"microchip"?: string | null,"notes"?: string | null,"ring"?: string | null,"sex"?: Database["public"]['Enums']["animal_sex"],"species_id"?: string,"status"?: Database["public"]['Enums']["animal_status"],"tag"?: string | null,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "animals_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "staff"
      referencedColumns: ["user_id"]
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
                    "animal_id": string | null,"case_id": string,"correction_reason": string | null,"corrects_event_id": string | null,"event_type": Database["public"]['Enums']["custody_event_type"],"from_agency": string | null,"from_id_number": string | null,"from_name": string | null,"id": string,"item_id": string | null,"lot_id": string | null,"notes": string | null,"occurred_at": string,"photo_ids": (string)[],"photo_sha256": (string)[],"place": string,"position": number,"prev_hash": string,"purpose": string | null,"recorded_at": string,"recorded_by": string,"row_hash": string,"seals_applied": (string)[],"seals_broken": (string)[],"subject": Database["public"]['Enums']["custody_subject"],"to_agency": string,"to_id_number": string | null,"to_name": string,"custody_event_canonical": string | null
                  }
                  ComputedFields: "custody_event_canonical"
                  Insert: {
                    "animal_id"?: string | null,"case_id": string,"correction_reason"?: string | null,"corrects_event_id"?: string | null,"event_type": Database["public"]['Enums']["custody_event_type"],"from_agency"?: string | null,"from_id_number"?: string | null,"from_name"?: string | null,"id"?: string,"item_id"?: string | null,"lot_id"?: string | null,"notes"?: string | null,"occurred_at": string,"photo_ids"?: (string)[],"photo_sha256"?: (string)[],"place": string,"position": number,"prev_hash": string,"purpose"?: string | null,"recorded_at"?: string,"recorded_by"?: string,"row_hash": string,"seals_applied"?: (string)[],"seals_broken"?: (string)[],"subject": Database["public"]['Enums']["custody_subject"],"to_agency": string,"to_id_number"?: string | null,"to_name": string
                  }
                  Update: {
                    "animal_id"?: string | null,"case_id"?: string,"correction_reason"?: string | null,"corrects_event_id"?: string | null,"event_type"?: Database["public"]['Enums']["custody_event_type"],"from_agency"?: string | null,"from_id_number"?: string | null,"from_name"?: string | null,"id"?: string,"item_id"?: string | null,"lot_id"?: string | null,"notes"?: string | null,"occurred_at"?: string,"photo_ids"?: (string)[],"photo_sha256"?: (string)[],"place"?: string,"position"?: number,"prev_hash"?: string,"purpose"?: string | null,"recorded_at"?: string,"recorded_by"?: string,"row_hash"?: string,"seals_applied"?: (string)[],"seals_broken"?: (string)[],"subject"?: Database["public"]['Enums']["custody_subject"],"to_agency"?: string,"to_id_number"?: string | null,"to_name"?: string
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
                },"lots": {
                  Row: {
                    "case_id": string,"condition_on_arrival": string | null,"count_received": number,"created_at": string,"created_by": string,"died": number,"escaped": number,"euthanized": number,"id": string,"in_care": number,"intake_position": number | null,"notes": string | null,"released": number,"species_id": string,"split_out": number,"transferred": number
                  }
                  ComputedFields: never
                  Insert: {
                    "case_id": string,"condition_on_arrival"?: string | null,"count_received": number,"created_at"?: string,"created_by"?: string,"died"?: number,"escaped"?: number,"euthanized"?: number,"id"?: string,"in_care": number,"intake_position"?: number | null,"notes"?: string | null,"released"?: number,"species_id": string,"split_out"?: number,"transferred"?: number
                  }
                  Update: {
                    "case_id"?: string,"condition_on_arrival"?: string | null,"count_received"?: number,"created_at"?: string,"created_by"?: string,"died"?: number,"escaped"?: number,"euthanized"?: number,"id"?: string,"in_care"?: number,"intake_position"?: number | null,"notes"?: string | null,"released"?: number,"species_id"?: string,"split_out"?: number,"transferred"?: number
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
      foreignKeyName: "lots_species_id_fkey"
      columns: ["species_id"]
isOneToOne: false
      referencedRelation: "species"
      referencedColumns: ["id"]
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
                    "cites_appendix": Database["public"]['Enums']["cites_appendix"] | null,"cites_as_of": string | null,"cites_source": string | null,"cites_unconfirmed": boolean,"created_at": string,"english_name": string,"id": string,"iucn_category": Database["public"]['Enums']["iucn_category"] | null,"iucn_source": string | null,"iucn_unconfirmed": boolean,"iucn_year": number | null,"khmer_name": string | null,"national_as_of": string | null,"national_source": string | null,"national_status": string | null,"notes": string | null,"scientific_name": string,"taxon_class": Database["public"]['Enums']["taxon_class"],"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "cites_appendix"?: Database["public"]['Enums']["cites_appendix"] | null,"cites_as_of"?: string | null,"cites_source"?: string | null,"cites_unconfirmed"?: boolean,"created_at"?: string,"english_name": string,"id"?: string,"iucn_category"?: Database["public"]['Enums']["iucn_category"] | null,"iucn_source"?: string | null,"iucn_unconfirmed"?: boolean,"iucn_year"?: number | null,"khmer_name"?: string | null,"national_as_of"?: string | null,"national_source"?: string | null,"national_status"?: string | null,"notes"?: string | null,"scientific_name": string,"taxon_class": Database["public"]['Enums']["taxon_class"],"updated_at"?: string
                  }
                  Update: {
                    "cites_appendix"?: Database["public"]['Enums']["cites_appendix"] | null,"cites_as_of"?: string | null,"cites_source"?: string | null,"cites_unconfirmed"?: boolean,"created_at"?: string,"english_name"?: string,"id"?: string,"iucn_category"?: Database["public"]['Enums']["iucn_category"] | null,"iucn_source"?: string | null,"iucn_unconfirmed"?: boolean,"iucn_year"?: number | null,"khmer_name"?: string | null,"national_as_of"?: string | null,"national_source"?: string | null,"national_status"?: string | null,"notes"?: string | null,"scientific_name"?: string,"taxon_class"?: Database["public"]['Enums']["taxon_class"],"updated_at"?: string
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
            "lot_individual_counts": {
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
            "case_page":
{ Args: { "p_case_id": string,"p_first_position": number,"p_page_size": number }; Returns: Json
                           },
"current_centre_id":
{ Args: Record<PropertyKey, never>; Returns: string
                           },
"custody_event_canonical":
{ Args: { "e": Omit<Database["public"]['Tables']["custody_events"]['Row'], Database["public"]['Tables']["custody_events"]['ComputedFields']> }; Returns: string
                           },
"custody_event_hash":
{ Args: { "canonical": string,"prev_hash": string }; Returns: string
                           },
"has_role":
{ Args: { "roles": (Database["public"]['Enums']["staff_role"])[] }; Returns: boolean
                           },
"is_staff":
{ Args: Record<PropertyKey, never>; Returns: boolean
                           },
"may_record_intake":
{ Args: Record<PropertyKey, never>; Returns: boolean
                           },
"readable_case_ids":
{ Args: Record<PropertyKey, never>; Returns: string[]
                           },
"record_seizure":
{ Args: { "payload": Json }; Returns: Json
                           },
"staff_emails":
{ Args: { "user_ids": (string)[] }; Returns: {
              "email": string,"user_id": string
            }[]
                           },
"verify_custody_chain":
{ Args: { "p_case_id": string }; Returns: {
              "events": number,"first_broken_event_id": string,"first_broken_position": number,"head": string,"problem": string,"valid": boolean
            }[]
                           }
          }
          Enums: {
            "age_class": "neonate"|"juvenile"|"subadult"|"adult"|"unknown","animal_sex": "male"|"female"|"unknown","animal_status": "in_care"|"released"|"transferred"|"died"|"euthanized"|"escaped","case_status": "open"|"in_court"|"closed","cites_appendix": "I"|"II"|"III"|"not_listed","custody_event_type": "seized"|"transported"|"received_at_centre"|"intake_examined"|"moved"|"sampled"|"handed_over"|"released"|"transferred_out"|"died"|"euthanized"|"destroyed","custody_subject": "case"|"lot"|"animal"|"item","item_status": "held"|"handed_over"|"destroyed","iucn_category": "EX"|"EW"|"CR"|"EN"|"VU"|"NT"|"LC"|"DD"|"NE","quantity_unit": "count"|"kg"|"g","staff_role": "admin"|"vet"|"keeper"|"release_team"|"prosecutor","taxon_class": "mammal"|"bird"|"reptile"|"amphibian"|"fish"|"invertebrate"
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
            "age_class": ["neonate", "juvenile", "subadult", "adult", "unknown"],"animal_sex": ["male", "female", "unknown"],"animal_status": ["in_care", "released", "transferred", "died", "euthanized", "escaped"],"case_status": ["open", "in_court", "closed"],"cites_appendix": ["I", "II", "III", "not_listed"],"custody_event_type": ["seized", "transported", "received_at_centre", "intake_examined", "moved", "sampled", "handed_over", "released", "transferred_out", "died", "euthanized", "destroyed"],"custody_subject": ["case", "lot", "animal", "item"],"item_status": ["held", "handed_over", "destroyed"],"iucn_category": ["EX", "EW", "CR", "EN", "VU", "NT", "LC", "DD", "NE"],"quantity_unit": ["count", "kg", "g"],"staff_role": ["admin", "vet", "keeper", "release_team", "prosecutor"],"taxon_class": ["mammal", "bird", "reptile", "amphibian", "fish", "invertebrate"]
          }
        }
} as const
