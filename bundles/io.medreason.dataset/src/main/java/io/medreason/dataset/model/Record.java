/**
 */
package io.medreason.dataset.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One training example. A text attribute that is null was absent from the file (or was not a string: its JSON then sits in fields); an empty string was present and empty.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medreason.dataset.model.Record#getQuestion <em>Question</em>}</li>
 *   <li>{@link io.medreason.dataset.model.Record#getInput <em>Input</em>}</li>
 *   <li>{@link io.medreason.dataset.model.Record#getReasoning <em>Reasoning</em>}</li>
 *   <li>{@link io.medreason.dataset.model.Record#getResponse <em>Response</em>}</li>
 *   <li>{@link io.medreason.dataset.model.Record#getText <em>Text</em>}</li>
 *   <li>{@link io.medreason.dataset.model.Record#getOriginalIndex <em>Original Index</em>}</li>
 *   <li>{@link io.medreason.dataset.model.Record#getFields <em>Fields</em>}</li>
 * </ul>
 *
 * @see io.medreason.dataset.model.DatasetPackage#getRecord()
 * @model
 * @generated
 */
public interface Record extends EObject {
	/**
	 * Returns the value of the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The prompt: medical-o1 Question, Alpaca instruction, the first user turn of a conversation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Question</em>' attribute.
	 * @see #setQuestion(String)
	 * @see io.medreason.dataset.model.DatasetPackage#getRecord_Question()
	 * @model
	 * @generated
	 */
	String getQuestion();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.Record#getQuestion <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' attribute.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(String value);

	/**
	 * Returns the value of the '<em><b>Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Alpaca input (context that follows the instruction); null for the other formats.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input</em>' attribute.
	 * @see #setInput(String)
	 * @see io.medreason.dataset.model.DatasetPackage#getRecord_Input()
	 * @model
	 * @generated
	 */
	String getInput();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.Record#getInput <em>Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input</em>' attribute.
	 * @see #getInput()
	 * @generated
	 */
	void setInput(String value);

	/**
	 * Returns the value of the '<em><b>Reasoning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The chain of thought: medical-o1 Complex_CoT.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reasoning</em>' attribute.
	 * @see #setReasoning(String)
	 * @see io.medreason.dataset.model.DatasetPackage#getRecord_Reasoning()
	 * @model
	 * @generated
	 */
	String getReasoning();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.Record#getReasoning <em>Reasoning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reasoning</em>' attribute.
	 * @see #getReasoning()
	 * @generated
	 */
	void setReasoning(String value);

	/**
	 * Returns the value of the '<em><b>Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The answer: medical-o1 Response, Alpaca output, the first assistant turn of a conversation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Response</em>' attribute.
	 * @see #setResponse(String)
	 * @see io.medreason.dataset.model.DatasetPackage#getRecord_Response()
	 * @model
	 * @generated
	 */
	String getResponse();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.Record#getResponse <em>Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response</em>' attribute.
	 * @see #getResponse()
	 * @generated
	 */
	void setResponse(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The whole example of a raw-text record ({"text": ...}).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see io.medreason.dataset.model.DatasetPackage#getRecord_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.Record#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Original Index</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The position of the record in the file it was read from (0-based); -1 for a record added since.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original Index</em>' attribute.
	 * @see #setOriginalIndex(int)
	 * @see io.medreason.dataset.model.DatasetPackage#getRecord_OriginalIndex()
	 * @model default="-1"
	 * @generated
	 */
	int getOriginalIndex();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.Record#getOriginalIndex <em>Original Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Index</em>' attribute.
	 * @see #getOriginalIndex()
	 * @generated
	 */
	void setOriginalIndex(int value);

	/**
	 * Returns the value of the '<em><b>Fields</b></em>' containment reference list.
	 * The list contents are of type {@link io.medreason.dataset.model.Field}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every key of the record in file order when the record has keys the format does not map, non-string values, or an unusual key order; empty otherwise (the usual case, which costs no memory).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fields</em>' containment reference list.
	 * @see io.medreason.dataset.model.DatasetPackage#getRecord_Fields()
	 * @model containment="true"
	 * @generated
	 */
	EList<Field> getFields();

} // Record
